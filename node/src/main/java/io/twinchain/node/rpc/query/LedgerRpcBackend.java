/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.execution.ReadOnlyCalls;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import io.twinchain.contracts.reader.ReputationRegistryReader;
import io.twinchain.node.chain.ChainEvents;
import io.twinchain.node.consensus.RegistryReputationSource;
import io.twinchain.node.rpc.subscription.Subscriptions;
import java.math.BigInteger;

/**
 * The {@code eth_} namespace's backends over a node's ledger and pool: the head-state cache,
 * switched to each new canonical head by {@link ChainEvents}, the queries reading through it, and
 * the WebSocket subscriptions the same events feed.
 */
public final class LedgerRpcBackend implements AutoCloseable {

  private final HeadStateCache headState;
  private final EthQueries queries;
  private final ReputationQueries reputations;

  /**
   * Backends for the chain of {@code genesis}.
   *
   * @param database the node's ledger
   * @param events canonical blocks, which move the cached head
   * @param pool the node's transaction pool
   * @param mining the chain service's activity
   * @param minGasPrice the pool's lowest gas price
   */
  public LedgerRpcBackend(
      final GenesisConfig genesis,
      final ChainDatabase database,
      final ChainEvents events,
      final TransactionPool pool,
      final MiningQueries mining,
      final BigInteger minGasPrice) {
    final long chainId = genesis.chainId();
    this.headState = new HeadStateCache(database.worldState(), database.blockchain().head());
    events.onCanonicalBlock(block -> headState.onNewHead(block.header()));
    final ReadOnlyCalls calls = new ReadOnlyCalls(database.worldState());
    final LedgerQueries ledger =
        new LedgerQueries(database.blockchain(), headState, calls, database.transactionDecoder());
    this.queries =
        new EthQueries(
            () -> chainId,
            ledger,
            pool,
            pool::pendingTransaction,
            mining,
            minGasPrice,
            EthQueries.DEFAULT_MAX_LOG_BLOCK_RANGE,
            new Subscriptions(events, ledger));
    final ReputationRegistryReader reader = new ReputationRegistryReader(calls, chainId);
    final RegistryReputationSource stakes =
        new RegistryReputationSource(reader, genesis.accessPoints());
    final ProtocolSchedule schedule =
        ProtocolSchedule.create(
            ConsensusConfig.fromGenesis(genesis), stakes, TimeProvider.system());
    this.reputations =
        new RegistryReputationQueries(
            ledger, reader, stakes, number -> schedule.specFor(number).difficultyFunction());
  }

  public EthQueries queries() {
    return queries;
  }

  public ReputationQueries reputations() {
    return reputations;
  }

  @Override
  public void close() {
    headState.close();
  }
}
