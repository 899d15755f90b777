/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import io.twinchain.chain.transaction.Transaction;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * The transactions of a block, in execution order.
 *
 * @param transactions decoded, sender-recovered transactions
 */
public record BlockBody(List<Transaction> transactions) {

  /** A body with no transactions. */
  public static final BlockBody EMPTY = new BlockBody(List.of());

  /** Copies {@code transactions} so the body is immutable. */
  public BlockBody {
    transactions = List.copyOf(transactions);
  }

  /** The signed envelopes, in order: the leaves of the transactions trie. */
  public List<Bytes> envelopes() {
    return transactions.stream().map(Transaction::envelope).toList();
  }
}
