/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.forkchoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.BlockAssembler;
import io.twinchain.chain.execution.BlockHashLookup;
import io.twinchain.chain.execution.TransactionProcessor;
import io.twinchain.chain.genesis.ConsensusParameters;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.importer.BlockImporter;
import io.twinchain.chain.importer.ImportResult;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.consensus.ConsensusFields;
import io.twinchain.consensus.ConsensusFieldsCalculator;
import io.twinchain.consensus.headerrules.ConsensusReason;
import io.twinchain.consensus.pow.HeaderSealing;
import io.twinchain.consensus.pow.PowHasher;
import io.twinchain.consensus.pow.Target;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import io.twinchain.consensus.testsupport.ConsensusFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.datatypes.Address;

/**
 * The consensus ruleset and fork choice inside the ledger's real import pipeline (RocksDB, libevm
 * execution): blocks mined with real PoW import, a heavier fork reorganises five blocks, and a
 * block with a bad PoW is refused with the consensus reason and changes nothing.
 */
class LedgerImportReorgTest {

  private static final long CHAIN_ID = 2026;

  private final ConsensusFixture fixture = new ConsensusFixture();
  private final GenesisConfig genesis =
      new GenesisConfig(
          CHAIN_ID,
          new ConsensusParameters(2, 4_096, 1.0, "exponential"),
          ConsensusFixture.GENESIS_TIME,
          30_000_000L,
          UInt256.valueOf(4_096),
          Bytes.EMPTY,
          Map.of(),
          List.of(fixture.apHigh, fixture.apMid, fixture.apLow),
          List.of());

  @TempDir Path directory;
  private ChainDatabase database;
  private BlockImporter importer;
  private BlockAssembler assembler;
  private ConsensusFieldsCalculator calculator;

  @BeforeEach
  void openChain() {
    database = ChainDatabase.open(directory, genesis);
    final ProtocolSchedule schedule =
        ProtocolSchedule.create(
            ConsensusConfig.fromGenesis(genesis), fixture.reputations, fixture.time);
    importer =
        new BlockImporter(
            database.blockchain(),
            database.worldState(),
            schedule.headerRuleset(),
            NominalWorkForkChoice.comparator(),
            CHAIN_ID);
    assembler = new BlockAssembler(database.worldState(), new TransactionProcessor(), CHAIN_ID);
    calculator = new ConsensusFieldsCalculator(schedule);
    fixture.time.advanceSeconds(10);
  }

  @AfterEach
  void closeChain() {
    database.close();
  }

  @Test
  void heavierForkReorganisesFiveBlocks() throws MissingStateException {
    final Blockchain chain = database.blockchain();
    final BlockHeader forkPoint =
        importMined(chain.genesis(), fixture.apMid, 1).header().orElseThrow();
    final List<BlockHeader> main = new ArrayList<>();
    BlockHeader tip = forkPoint;
    for (int i = 2; i <= 6; i++) {
      tip = importMined(tip, fixture.apMid, i).header().orElseThrow();
      main.add(tip);
    }
    assertThat(chain.head()).isEqualTo(main.get(4));

    final List<ImportResult> fork = new ArrayList<>();
    tip = forkPoint;
    for (int i = 2; i <= 7; i++) {
      final ImportResult result = importMined(tip, fixture.apLow, i);
      fork.add(result);
      tip = result.header().orElseThrow();
    }

    assertThat(fork.subList(0, 4))
        .allMatch(result -> result.status() == ImportResult.Status.IMPORTED_AS_FORK);
    assertThat(fork.get(5).status()).isEqualTo(ImportResult.Status.IMPORTED_AS_HEAD);
    assertThat(chain.head()).isEqualTo(tip);
    for (int i = 0; i < 5; i++) {
      assertThat(chain.canonicalHeader(2 + i)).contains(fork.get(i).header().orElseThrow());
      assertThat(chain.canonicalHeader(2 + i)).isNotEqualTo(Optional.of(main.get(i)));
    }
  }

  @Test
  void blockWithBadProofOfWorkIsRefusedAndChangesNothing() throws MissingStateException {
    final Blockchain chain = database.blockchain();
    final Block mined = mine(chain.genesis(), fixture.apHigh, 1);
    final Target target =
        calculator
            .forChildOf(chain.genesis(), fixture.apHigh, ConsensusFixture.GENESIS_TIME + 1, chain)
            .orElseThrow()
            .target();
    final PowHasher hasher =
        PowHasher.forWork(mined.header().sealingHash(), mined.header().stakeModifier());
    long badNonce = mined.header().nonce() + 1;
    while (hasher.meets(badNonce, target)) {
      badNonce++;
    }
    final Block forged =
        new Block(mined.header().toBuilder().nonce(badNonce).build(), mined.body());

    final ImportResult result = importer.importBlock(forged);

    assertThat(result.status()).isEqualTo(ImportResult.Status.INVALID);
    assertThat(result.reason().orElseThrow().code()).isEqualTo(ConsensusReason.POW_ABOVE_TARGET);
    assertThat(chain.head()).isEqualTo(chain.genesis());
    assertThat(chain.header(forged.hash())).isEmpty();
    assertThat(importer.importBlock(mined).status())
        .isEqualTo(ImportResult.Status.IMPORTED_AS_HEAD);
  }

  private ImportResult importMined(final BlockHeader parent, final Address miner, final int second)
      throws MissingStateException {
    final ImportResult result = importer.importBlock(mine(parent, miner, second));
    assertThat(result.isStored()).as("%s", result).isTrue();
    return result;
  }

  /** A block mined on {@code parent} with timestamp genesis + {@code second}. */
  private Block mine(final BlockHeader parent, final Address miner, final int second)
      throws MissingStateException {
    final ConsensusFields fields =
        calculator
            .forChildOf(
                parent, miner, ConsensusFixture.GENESIS_TIME + second, database.blockchain())
            .orElseThrow();
    final Block assembled =
        assembler.assemble(
            parent,
            fields.applyTo(BlockAssembler.childTemplate(parent)),
            List.of(),
            BlockHashLookup.NONE);
    return new Block(HeaderSealing.seal(assembled.header(), fields.target()), assembled.body());
  }
}
