/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import java.util.Optional;

/**
 * What the node's chain service is doing, for {@code eth_syncing}, {@code eth_mining} and {@code
 * eth_hashrate}; the chain service implements it.
 */
public interface MiningQueries {

  /** The sync in progress, or empty when in step with the best peer. */
  Optional<SyncProgress> syncing();

  /** Whether this node is producing blocks. */
  boolean isMining();

  /** Proof-of-work hashes per second of this node's miner (0 when not mining). */
  long hashrate();

  /**
   * A sync in progress.
   *
   * @param startingBlock the head when the sync began
   * @param currentBlock our head
   * @param highestBlock the best peer's head
   */
  record SyncProgress(long startingBlock, long currentBlock, long highestBlock) {}
}
