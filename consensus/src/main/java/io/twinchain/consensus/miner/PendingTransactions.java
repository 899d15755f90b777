/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import io.twinchain.chain.transaction.Transaction;
import java.util.List;

/** Port: the node's transaction pool, as the miner sees it. */
public interface PendingTransactions {

  /** Up to {@code maxCount} pending transactions, in the order to include them. Never blocks. */
  List<Transaction> select(int maxCount);
}
