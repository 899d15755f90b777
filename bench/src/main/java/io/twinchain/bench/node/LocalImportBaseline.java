/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.node;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.consensus.difficulty.GenesisReputationTable;
import io.twinchain.consensus.difficulty.ReputationSnapshot;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import io.twinchain.node.chain.BlockImportPipeline;
import io.twinchain.node.chain.BlockOrigin;
import io.twinchain.node.chain.ChainEvents;
import io.twinchain.node.chain.ImportOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;

/**
 * The sync baseline: the canonical blocks of a stopped node's ledger imported into a fresh ledger
 * through the node's pipeline, with no network in between (same rules; the genesis deploys no
 * reputation registry, so the reputation source is the empty table, as on the nodes).
 */
final class LocalImportBaseline {

  private LocalImportBaseline() {}

  /** Seconds to import every canonical block of the ledger in {@code nodeDir} into {@code to}. */
  static double seconds(final Path nodeDir, final Path to, final GenesisConfig genesis) {
    final List<Bytes> blocks = new ArrayList<>();
    try (ChainDatabase source = ChainDatabase.open(nodeDir.resolve("chain"), genesis)) {
      final Blockchain chain = source.blockchain();
      for (long n = 1; n <= chain.head().number(); n++) {
        final BlockHeader header = chain.canonicalHeader(n).orElseThrow();
        blocks.add(BlockRlp.encode(header, chain.storage().body(header.hash()).orElseThrow()));
      }
    }
    final ConsensusConfig consensus = ConsensusConfig.fromGenesis(genesis);
    try (ChainDatabase target = ChainDatabase.open(to, genesis)) {
      final BlockImportPipeline pipeline =
          BlockImportPipeline.create(
              target,
              ProtocolSchedule.create(
                  consensus,
                  new GenesisReputationTable(ReputationSnapshot.of(Map.of())),
                  TimeProvider.system()),
              consensus.maxFutureSeconds(),
              new ChainEvents(),
              TimeProvider.system(),
              (origin, outcome) -> {
                throw new IllegalStateException("baseline block refused: " + outcome.reason());
              });
      final long start = System.nanoTime();
      for (final Bytes block : blocks) {
        final ImportOutcome outcome = pipeline.importBlock(block, BlockOrigin.mined());
        if (!outcome.isStored()) {
          throw new IllegalStateException("baseline block not stored: " + outcome);
        }
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }
}
