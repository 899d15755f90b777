/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.node.chain.SyncStatusQuery;

/**
 * What the node's chain service is doing, for {@code eth_syncing}, {@code eth_mining} and {@code
 * eth_hashrate}.
 */
public interface MiningQueries extends SyncStatusQuery {

  /** Whether this node is producing blocks. */
  boolean isMining();

  /** Proof-of-work hashes per second of this node's miner (0 when not mining). */
  long hashrate();
}
