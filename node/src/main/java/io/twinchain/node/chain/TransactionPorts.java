/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.consensus.miner.PendingTransactions;
import java.util.List;
import java.util.Optional;

/**
 * The transaction pool as the chain service uses it: where gossiped transactions go, and what the
 * miner takes.
 *
 * @param sink where gossiped transactions are submitted; empty when the node has no pool
 * @param pending what the miner includes
 */
public record TransactionPorts(Optional<TransactionSink> sink, PendingTransactions pending) {

  /** A node without a transaction pool: it serves no NEW_TRANSACTIONS and mines empty blocks. */
  public static TransactionPorts withoutPool() {
    return new TransactionPorts(Optional.empty(), maxCount -> List.of());
  }
}
