/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.ConsensusFieldsCalculator;
import io.twinchain.consensus.testsupport.ConsensusFixture;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The miner on real threads with real SHA-256, a simulated clock and in-memory node adaptors. */
class MinerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final ConsensusFixture fixture = new ConsensusFixture();
  private final Map<BlockHeader, Block> imported = new ConcurrentHashMap<>();
  private final Transaction pendingTransfer = transfer();
  private final AtomicBoolean mayMine = new AtomicBoolean(true);
  private Miner miner;

  @AfterEach
  void stopMiner() throws InterruptedException {
    miner.close();
  }

  @Test
  void unthrottledMinerSealsValidBlocksWithPendingTransactions() throws InterruptedException {
    miner = startMiner(MiningRate.UNTHROTTLED, 2);
    await(() -> fixture.chain.head().number() >= 5);

    BlockHeader block = fixture.chain.head();
    while (block.number() > 0) {
      assertThat(fixture.validate(block).isValid()).isTrue();
      assertThat(block.miner()).isEqualTo(fixture.apMid);
      assertThat(imported.get(block).body().transactions()).containsExactly(pendingTransfer);
      block = fixture.chain.header(block.parentHash()).orElseThrow();
    }
    assertThat(miner.blocksMined()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void throttledMinerHashesAtTheAllocatedRateOfSimulatedTime() throws InterruptedException {
    miner = startMiner(MiningRate.fromFrequency(2.0e7, 1_000), 1);
    await(() -> miner.hashesTried() >= 200_000);
    miner.close();

    final double seconds = fixture.time.nanoTime() / 1e9;
    assertThat(miner.hashesTried() / seconds).isCloseTo(20_000, within(500.0));
  }

  @Test
  void pausedMinerHashesNothingUntilGivenARate() throws InterruptedException {
    miner = startMiner(MiningRate.PAUSED, 1);
    await(() -> fixture.time.nanoTime() > 100_000_000L);
    assertThat(miner.hashesTried()).isZero();

    miner.setMiningRate(MiningRate.UNTHROTTLED);
    await(() -> fixture.chain.head().number() >= 1);
    assertThat(miner.hashesTried()).isPositive();
  }

  @Test
  void minerMovesToAHeadImportedFromElsewhere() throws InterruptedException {
    miner = startMiner(MiningRate.PAUSED, 1);
    // two foreign blocks, so a block the miner may seal on genesis in the same batch cannot win
    final BlockHeader foreign = fixture.extend(fixture.genesis, 2, fixture.apLow, 77);
    miner.setMiningRate(MiningRate.UNTHROTTLED);
    await(() -> fixture.chain.head().number() >= 3);

    assertThat(fixture.chain.canonicalHeader(2)).contains(foreign);
    assertThat(fixture.chain.head().miner()).isEqualTo(fixture.apMid);
  }

  @Test
  void minerSealsNothingWhileTheNodeSyncsAndResumesOnTheNewHead() throws InterruptedException {
    mayMine.set(false);
    miner = startMiner(MiningRate.UNTHROTTLED, 1);
    await(() -> fixture.time.nanoTime() > 100_000_000L);
    final BlockHeader synced = fixture.extend(fixture.genesis, 2, fixture.apLow, 77);
    await(() -> fixture.time.nanoTime() > 200_000_000L);
    assertThat(miner.hashesTried()).isZero();
    assertThat(miner.blocksMined()).isZero();
    assertThat(fixture.chain.head()).isEqualTo(synced);

    mayMine.set(true);
    await(() -> fixture.chain.head().number() >= 3);
    assertThat(fixture.chain.canonicalHeader(2)).contains(synced);
    assertThat(fixture.chain.head().miner()).isEqualTo(fixture.apMid);
  }

  private Miner startMiner(final MiningRate rate, final int threads) {
    final MinerPorts ports =
        new MinerPorts(
            fixture.chain,
            max -> List.of(pendingTransfer),
            (parent, fields, transactions) ->
                new Block(
                    ConsensusFixture.assemble(parent, fields, 0), new BlockBody(transactions)),
            this::importBlock,
            fixture.time,
            mayMine::get);
    final Miner started =
        new Miner(
            new MinerConfig(fixture.apMid, threads, 16, rate),
            new ConsensusFieldsCalculator(fixture.schedule),
            ports);
    started.start();
    return started;
  }

  private ValidationResult importBlock(final Block block) {
    final ValidationResult result = fixture.validate(block.header());
    if (result.isValid()) {
      imported.put(block.header(), block);
      fixture.chain.add(block.header());
    }
    return result;
  }

  private static void await(final BooleanSupplier condition) throws InterruptedException {
    final long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static Transaction transfer() {
    try {
      return new SignedTransactionDecoder(2026)
          .decode(
              TestTransactions.dynamicFeeTransfer(
                  TestKeys.credentials(5),
                  2026,
                  0,
                  TestKeys.address(6),
                  BigInteger.ONE,
                  BigInteger.TEN));
    } catch (InvalidTransactionException e) {
      throw new AssertionError(e);
    }
  }
}
