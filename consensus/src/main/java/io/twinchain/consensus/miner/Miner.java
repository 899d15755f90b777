/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import io.twinchain.consensus.ConsensusFieldsCalculator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AP's miner: mining threads of its own, always on the chain's head, paced to the hash rate the
 * controller allocates (f^B_k / ω, spec §3.2). No method blocks its caller except {@link #close},
 * which waits for the threads to finish their current batch.
 */
public final class Miner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Miner.class);
  private static final long BURST_NANOS = 100_000_000L;
  private static final long JOIN_MILLIS = 5_000L;

  private final MinerConfig config;
  private final MinerCounters counters = MinerCounters.started();
  private final List<MiningWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  /** A miner, not yet started. */
  public Miner(
      final MinerConfig config,
      final ConsensusFieldsCalculator calculator,
      final MinerPorts ports) {
    this.config = config;
    final SecureRandom random = new SecureRandom();
    for (int i = 0; i < config.threads(); i++) {
      final HashRateThrottle throttle =
          new HashRateThrottle(ports.time(), perThread(config.initialRate()), BURST_NANOS);
      final MiningWorker worker =
          new MiningWorker(config, calculator, ports, throttle, counters, random.nextLong());
      workers.add(worker);
      threads.add(Thread.ofPlatform().daemon().name("miner-" + i).unstarted(worker));
    }
  }

  /** Starts the mining threads and returns at once. */
  public synchronized void start() {
    LOG.info(
        "Miner {} starting {} threads at {} hashes/s",
        config.coinbase(),
        threads.size(),
        perThread(config.initialRate()).hashesPerSecond() * threads.size());
    threads.forEach(Thread::start);
  }

  /** Sets the total hash rate, split evenly over the threads; effective within a batch. */
  public void setMiningRate(final MiningRate rate) {
    final MiningRate share = perThread(rate);
    workers.forEach(worker -> worker.throttle().setRate(share));
  }

  /** Hashes tried since the miner was created. */
  public long hashesTried() {
    return counters.hashes().sum();
  }

  /** Blocks this miner sealed and the importer accepted. */
  public long blocksMined() {
    return counters.blocks().get();
  }

  /**
   * Stops the threads and waits for them. They are not interrupted: one may be inside the node's
   * importer, whose I/O an interrupt could break; every wait in the loop is short instead.
   */
  @Override
  public synchronized void close() throws InterruptedException {
    counters.running().set(false);
    for (final Thread thread : threads) {
      thread.join(JOIN_MILLIS);
    }
    LOG.info(
        "Miner {} stopped after {} hashes, {} blocks",
        config.coinbase(),
        hashesTried(),
        blocksMined());
  }

  private MiningRate perThread(final MiningRate total) {
    return total.isUnthrottled()
        ? total
        : new MiningRate(total.hashesPerSecond() / config.threads());
  }
}
