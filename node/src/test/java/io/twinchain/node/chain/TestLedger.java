/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.consensus.ConsensusFields;
import io.twinchain.consensus.ConsensusFieldsCalculator;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.pow.HeaderSealing;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import java.nio.file.Path;
import java.util.List;
import org.web3j.abi.datatypes.Address;

/**
 * A real ledger (RocksDB and libevm state in a temporary directory) at a tiny difficulty, with the
 * node's schedule on a clock the test sets, and a way to mine valid blocks on any stored parent.
 */
final class TestLedger implements AutoCloseable {

  static final Address MINER = new Address("0x627306090abab3a6e1400e9345bc60c78a8bef57");
  static final long GENESIS_TIME = 1_700_000_000L;

  final SettableClock clock = new SettableClock(GENESIS_TIME + 100);
  final ChainDatabase database;
  final GenesisConfig genesis;
  final ConsensusConfig consensus;
  final ProtocolSchedule schedule;
  private final ConsensusFieldsCalculator calculator;
  private final LedgerTemplateAssembler assembler;

  TestLedger(final Path dir) {
    genesis =
        GenesisParser.parse(
            "{\"config\":{\"chainId\":4242,\"consensus\":{\"blockPeriodSeconds\":1,"
                + "\"baseDifficulty\":4,\"rho\":0.5,\"difficultyFunction\":\"exponential\"}},"
                + "\"timestamp\":\""
                + "0x"
                + Long.toHexString(GENESIS_TIME)
                + "\",\"difficulty\":\"0x4\",\"gasLimit\":\"0x5f5e100\",\"alloc\":{},"
                + "\"accessPoints\":[\""
                + MINER
                + "\"]}");
    database = ChainDatabase.open(dir, genesis);
    consensus = ConsensusConfig.fromGenesis(genesis);
    schedule =
        ProtocolSchedule.create(
            consensus,
            ChainReputation.of(genesis, database.blockchain().genesis(), database.worldState()),
            clock);
    calculator = new ConsensusFieldsCalculator(schedule);
    assembler = new LedgerTemplateAssembler(database, 4242);
  }

  BlockImportPipeline pipeline(final ChainEvents events, final List<ImportOutcome> invalid) {
    return BlockImportPipeline.create(
        database,
        schedule,
        consensus.maxFutureSeconds(),
        events,
        clock,
        (origin, outcome) -> invalid.add(outcome));
  }

  /** A valid, sealed child of {@code parent} stamped {@code timestamp}. */
  Block mine(final BlockHeader parent, final long timestamp) {
    final ConsensusFields fields =
        calculator.forChildOf(parent, MINER, timestamp, database.blockchain()).orElseThrow();
    final Block unsealed = assembler.assemble(parent, fields, List.of());
    return new Block(HeaderSealing.seal(unsealed.header(), fields.target()), unsealed.body());
  }

  BlockHeader genesisHeader() {
    return database.blockchain().genesis();
  }

  @Override
  public void close() {
    database.close();
  }

  /** A clock the test moves. */
  static final class SettableClock implements TimeProvider {
    private volatile long seconds;

    SettableClock(final long seconds) {
      this.seconds = seconds;
    }

    void set(final long newSeconds) {
      seconds = newSeconds;
    }

    @Override
    public long nanoTime() {
      return seconds * 1_000_000_000L;
    }

    @Override
    public long epochSeconds() {
      return seconds;
    }

    @Override
    public void sleepNanos(final long nanos) {
      seconds += nanos / 1_000_000_000L;
    }
  }
}
