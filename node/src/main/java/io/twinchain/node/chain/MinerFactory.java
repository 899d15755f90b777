/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.consensus.ConsensusFieldsCalculator;
import io.twinchain.consensus.miner.Miner;
import io.twinchain.consensus.miner.MinerConfig;
import io.twinchain.consensus.miner.MinerPorts;
import io.twinchain.consensus.miner.PendingTransactions;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import org.web3j.abi.datatypes.Address;

/**
 * Assembles an AP's {@link Miner} from the node's ledger, pool and import pipeline. The miner
 * pauses while sync reports the node behind a peer's head: a block sealed on a stale head loses
 * fork choice and costs every peer an import.
 */
final class MinerFactory {

  private MinerFactory() {}

  static Miner create(
      final Address coinbase,
      final MinerSettings settings,
      final ProtocolSchedule schedule,
      final ChainDatabase database,
      final long chainId,
      final PendingTransactions pending,
      final BlockImportPipeline pipeline,
      final SyncStatusQuery sync) {
    return new Miner(
        new MinerConfig(
            coinbase,
            settings.threads(),
            settings.maxTransactionsPerBlock(),
            settings.initialRate()),
        new ConsensusFieldsCalculator(schedule),
        new MinerPorts(
            database.blockchain(),
            pending,
            new LedgerTemplateAssembler(database, chainId),
            pipeline::importMined,
            TimeProvider.system(),
            () -> sync.syncStatus().isEmpty()));
  }
}
