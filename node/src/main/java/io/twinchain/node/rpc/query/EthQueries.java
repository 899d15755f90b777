/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.node.rpc.subscription.Subscriptions;
import java.math.BigInteger;

/**
 * What the {@code eth_} namespace reads and writes through.
 *
 * @param chain chain id
 * @param blockchain the ledger
 * @param pool where signed transactions go
 * @param pending the pool's waiting transactions
 * @param mining the chain service's activity
 * @param minGasPrice the pool's lowest accepted gas price, answered by {@code eth_gasPrice}
 * @param maxLogBlockRange most blocks one {@code eth_getLogs} may scan
 * @param subscriptions WebSocket subscriptions
 */
public record EthQueries(
    ChainQueries chain,
    BlockchainQueries blockchain,
    TransactionSink pool,
    PendingQueries pending,
    MiningQueries mining,
    BigInteger minGasPrice,
    long maxLogBlockRange,
    Subscriptions subscriptions) {

  /** Default most blocks one {@code eth_getLogs} may scan (Besu's default is 5,000). */
  public static final long DEFAULT_MAX_LOG_BLOCK_RANGE = 1_000;
}
