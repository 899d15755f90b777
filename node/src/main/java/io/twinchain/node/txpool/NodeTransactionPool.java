/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.txpool;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.txpool.CanonicalChainFollower;
import io.twinchain.chain.txpool.LedgerHeadState;
import io.twinchain.chain.txpool.PoolCounts;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.chain.txpool.TransactionPoolConfig;
import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.permissions.PermissionsConfig;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The node's transaction pool: checks against the head of the node's ledger and its accounts
 * allowlist, follows the canonical chain through {@link #chainFollower()}, and reports its counts
 * as {@code twinchain_transaction_pool_*} gauges.
 */
public final class NodeTransactionPool {

  private final TransactionPool pool;
  private final CanonicalChainFollower follower;

  /**
   * Builds the pool on {@code database}'s ledger, decoding with its transaction decoder (which the
   * importer shares, so a pooled transaction's sender is recovered once).
   *
   * @param permissions whose accounts allowlist decides who may send
   */
  public NodeTransactionPool(
      final ChainDatabase database,
      final PermissionsConfig permissions,
      final TransactionPoolConfig config,
      final MetricsSystem metrics) {
    this.pool =
        new TransactionPool(
            database.transactionDecoder(),
            new LedgerHeadState(database.blockchain(), database.worldState()),
            new AccountsAllowlist(permissions),
            config);
    this.follower =
        new CanonicalChainFollower(pool, database.blockchain(), database.transactionDecoder());
    gauge(metrics, "ready", "Pending transactions executable on the head", PoolCounts::ready);
    gauge(
        metrics, "future", "Pending transactions waiting for a missing nonce", PoolCounts::future);
    gauge(metrics, "senders", "Distinct senders with pending transactions", PoolCounts::senders);
  }

  /** The pool: submit, select for the miner, look up pending transactions. */
  public TransactionPool pool() {
    return pool;
  }

  /** Give every new canonical block to this, in chain order (the chain events' listener). */
  public Consumer<Block> chainFollower() {
    return follower;
  }

  private void gauge(
      final MetricsSystem metrics,
      final String name,
      final String help,
      final ToIntFunction<PoolCounts> count) {
    metrics.gauge(
        MetricCategory.TRANSACTION_POOL, name, help, () -> count.applyAsInt(pool.counts()));
  }
}
