/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.ConsensusFields;
import io.twinchain.consensus.ConsensusFieldsCalculator;
import io.twinchain.consensus.pow.PowHasher;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mining thread: builds work on the current head, hashes paced by its throttle, and rebuilds
 * when the head moves or the clock passes the template's timestamp (so timestamps, and the
 * intervals retargeting learns from, stay true), but never sooner than {@link
 * #MIN_LIFETIME_PER_BUILD_TIME} times the template's build time after building it.
 */
final class MiningWorker implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(MiningWorker.class);
  private static final long IDLE_NANOS = 10_000_000L;

  private final MinerConfig config;
  private final ConsensusFieldsCalculator calculator;
  private final MinerPorts ports;
  private final HashRateThrottle throttle;
  private final AtomicBoolean running;
  private final LongAdder hashes;
  private final AtomicLong blocks;
  private long nonce;

  /**
   * A template counts as fresh for at least this many times its build time: a block of thousands of
   * contract calls can take longer to assemble than the one second its timestamp stays current, and
   * rebuilding it on every clock tick would leave no time to hash it (A-CHAIN-PERF-RECOMMIT).
   */
  private static final long MIN_LIFETIME_PER_BUILD_TIME = 4;

  private record Work(
      BlockHeader parent,
      ConsensusFields fields,
      Block block,
      PowHasher hasher,
      long builtAtNanos,
      long buildNanos) {}

  MiningWorker(
      final MinerConfig config,
      final ConsensusFieldsCalculator calculator,
      final MinerPorts ports,
      final HashRateThrottle throttle,
      final MinerCounters counters,
      final long firstNonce) {
    this.config = config;
    this.calculator = calculator;
    this.ports = ports;
    this.throttle = throttle;
    this.running = counters.running();
    this.hashes = counters.hashes();
    this.blocks = counters.blocks();
    this.nonce = firstNonce;
  }

  HashRateThrottle throttle() {
    return throttle;
  }

  @Override
  public void run() {
    try {
      while (running.get()) {
        if (!mineOnHead()) {
          ports.time().sleepNanos(IDLE_NANOS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One piece of work; false when there was none or it failed, so the caller backs off. */
  private boolean mineOnHead() throws InterruptedException {
    try {
      final Optional<Work> work = prepare();
      return work.isPresent() && mine(work.get());
    } catch (RuntimeException e) {
      // A failing port (assembler, importer, chain view) must not end mining for good.
      LOG.error("Mining failed; retrying", e);
      return false;
    }
  }

  private Optional<Work> prepare() {
    if (!ports.mayMine().getAsBoolean()) {
      return Optional.empty();
    }
    final BlockHeader parent = ports.chain().head();
    final long now = ports.time().epochSeconds();
    // The build's cost is CPU work, so it is measured on the real clock even under a simulated one.
    final long start = System.nanoTime();
    return calculator
        .forChildOf(parent, config.coinbase(), now, ports.chain())
        .map(
            fields -> {
              final Block block =
                  ports
                      .assembler()
                      .assemble(
                          parent, fields, ports.pending().select(config.maxTransactionsPerBlock()));
              final BlockHeader header = block.header();
              return new Work(
                  parent,
                  fields,
                  block,
                  PowHasher.forWork(header.sealingHash(), header.stakeModifier()),
                  ports.time().nanoTime(),
                  System.nanoTime() - start);
            });
  }

  /** Hashes until the work is solved or stale; false if a solved block was refused. */
  private boolean mine(final Work work) throws InterruptedException {
    while (running.get() && isCurrent(work)) {
      final int batch = throttle.acquire();
      for (int i = 0; i < batch; i++) {
        final long candidate = nonce++;
        if (work.hasher().meets(candidate, work.fields().target())) {
          hashes.add(i + 1L);
          return submit(work, candidate);
        }
      }
      hashes.add(batch);
    }
    return true;
  }

  private boolean isCurrent(final Work work) {
    final boolean timestampCurrent =
        ports.time().epochSeconds() <= work.fields().timestamp()
            || ports.time().nanoTime() - work.builtAtNanos()
                < MIN_LIFETIME_PER_BUILD_TIME * work.buildNanos();
    return timestampCurrent
        && ports.chain().head().hash().equals(work.parent().hash())
        && ports.mayMine().getAsBoolean();
  }

  private boolean submit(final Work work, final long solution) {
    final Block sealed =
        new Block(work.block().header().toBuilder().nonce(solution).build(), work.block().body());
    final ValidationResult result = ports.importer().importBlock(sealed);
    if (result.isValid()) {
      blocks.incrementAndGet();
      LOG.info(
          "Mined block #{} {} with {} transactions, base difficulty {}",
          sealed.header().number(),
          sealed.hash().toHexString(),
          sealed.body().transactions().size(),
          work.fields().baseDifficulty().toDecimalString());
      return true;
    }
    LOG.warn(
        "Mined block #{} refused: {}", sealed.header().number(), result.reason().orElseThrow());
    return false;
  }
}
