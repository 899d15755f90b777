/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.validation.BlockReason;
import io.twinchain.consensus.headerrules.ConsensusReason;
import io.twinchain.consensus.pow.HeaderSealing;
import io.twinchain.consensus.pow.Target;
import io.twinchain.node.chain.ImportOutcome.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.datatypes.Address;

/**
 * The node's one import path on real ledgers: blocks mined on a source ledger are fed to a target
 * ledger's pipeline in the orders peers may send them.
 */
class BlockImportPipelineTest {

  private static final long G = TestLedger.GENESIS_TIME;

  @TempDir Path dir;
  private TestLedger source;
  private TestLedger target;
  private final List<Bytes32> published = new ArrayList<>();
  private final List<ImportOutcome> refused = new ArrayList<>();
  private final List<BlockOrigin.Kind> announced = new ArrayList<>();
  private BlockImportPipeline sourcePipeline;
  private BlockImportPipeline pipeline;

  private void open() {
    source = new TestLedger(dir.resolve("source"));
    target = new TestLedger(dir.resolve("target"));
    sourcePipeline = source.pipeline(new ChainEvents(), new ArrayList<>());
    final ChainEvents events = new ChainEvents();
    events.onCanonicalBlock(block -> published.add(block.hash()));
    pipeline = target.pipeline(events, refused);
    pipeline.onStored(block -> announced.add(block.origin().kind()));
  }

  @AfterEach
  void close() {
    source.close();
    target.close();
  }

  @Test
  void minedBlocksBecomeCanonicalArePublishedAndAnnounced() {
    open();
    final Block one = target.mine(target.genesisHeader(), G + 1);
    assertThat(pipeline.importMined(one).isValid()).isTrue();
    final Block two = target.mine(one.header(), G + 2);
    assertThat(pipeline.importMined(two).isValid()).isTrue();

    assertThat(published).containsExactly(one.hash(), two.hash());
    assertThat(announced).containsExactly(BlockOrigin.Kind.MINED, BlockOrigin.Kind.MINED);
    assertThat(target.database.blockchain().head().hash()).isEqualTo(two.hash());
  }

  @Test
  void childrenBeforeTheirParentAreParkedThenImportedWithIt() {
    open();
    final List<Block> chain = mineOnSource(source.genesisHeader(), 3, G + 1);

    assertThat(importFromPeer(chain.get(2)).kind()).isEqualTo(Kind.PARKED_UNKNOWN_PARENT);
    assertThat(importFromPeer(chain.get(1)).kind()).isEqualTo(Kind.PARKED_UNKNOWN_PARENT);
    assertThat(pipeline.parkedCount()).isEqualTo(2);
    assertThat(importFromPeer(chain.get(0)).kind()).isEqualTo(Kind.IMPORTED_AS_HEAD);

    assertThat(published).containsExactlyElementsOf(chain.stream().map(Block::hash).toList());
    assertThat(pipeline.parkedCount()).isZero();
    assertThat(importFromPeer(chain.get(2)).kind()).isEqualTo(Kind.ALREADY_KNOWN);
    assertThat(announced).containsOnly(BlockOrigin.Kind.SYNC).hasSize(3);
  }

  @Test
  void aHeavierForkReorganisesAndThePublishedBlocksFollowTheNewBranch() {
    open();
    final Block a1 = mineOnSource(source.genesisHeader(), 1, G + 1).getFirst();
    final List<Block> branch = mineOnSource(source.genesisHeader(), 2, G + 2);
    importFromPeer(a1);
    importFromPeer(branch.get(0));
    assertThat(importFromPeer(branch.get(1)).kind()).isEqualTo(Kind.IMPORTED_AS_HEAD);

    assertThat(published.getFirst()).isEqualTo(a1.hash());
    assertThat(published.subList(published.size() - 2, published.size()))
        .containsExactly(branch.get(0).hash(), branch.get(1).hash());
    assertThat(target.database.blockchain().canonicalHeader(1).orElseThrow().hash())
        .isEqualTo(branch.get(0).hash());
  }

  @Test
  void invalidBlocksAreRefusedWithATypedReasonAndChangeNothing() {
    open();
    final Block good = target.mine(target.genesisHeader(), G + 1);
    final BlockHeader stranger =
        HeaderSealing.seal(
            good.header().toBuilder()
                .miner(new Address("0x00000000000000000000000000000000000000aa"))
                .build(),
            Target.fromDifficulty(1));

    final ImportOutcome outcome =
        pipeline.importBlock(
            BlockRlp.encode(stranger, good.body().envelopes()), BlockOrigin.mined());
    final ImportOutcome garbage = pipeline.importBlock(Bytes.of(1, 2, 3), BlockOrigin.mined());

    assertThat(outcome.kind()).isEqualTo(Kind.INVALID);
    assertThat(outcome.reason().orElseThrow().code())
        .isEqualTo(ConsensusReason.MINER_NOT_ALLOWLISTED);
    assertThat(garbage.reason().orElseThrow().code()).isEqualTo(BlockReason.MALFORMED_BLOCK);
    assertThat(refused).containsExactly(outcome, garbage);
    assertThat(published).isEmpty();
    assertThat(target.database.blockchain().head().number()).isZero();
  }

  @Test
  void aBlockAheadOfTheClockIsKeptUntilTheClockReachesIt() {
    open();
    target.clock.set(G + 1);
    final Block early = source.mine(source.genesisHeader(), G + 50);

    assertThat(importFromPeer(early).kind()).isEqualTo(Kind.PARKED_FUTURE);
    pipeline.retryDue();
    assertThat(published).isEmpty();
    target.clock.set(G + 50);
    pipeline.retryDue();

    assertThat(published).containsExactly(early.hash());
  }

  private List<Block> mineOnSource(final BlockHeader parent, final int count, final long time) {
    final List<Block> blocks = new ArrayList<>();
    BlockHeader tip = parent;
    for (int i = 0; i < count; i++) {
      final Block block = source.mine(tip, time + i);
      assertThat(sourcePipeline.importMined(block).isValid()).isTrue();
      blocks.add(block);
      tip = block.header();
    }
    return blocks;
  }

  private ImportOutcome importFromPeer(final Block block) {
    return pipeline.importBlock(
        BlockRlp.encode(block), new BlockOrigin(BlockOrigin.Kind.SYNC, Optional.empty()));
  }
}
