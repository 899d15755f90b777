/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.block.LogsBloom;
import io.twinchain.chain.block.Receipt;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The outcome of executing a block's transactions on its parent's state.
 *
 * @param results per-transaction outcomes, in order
 * @param receipts per-transaction receipts with cumulative gas, in order
 * @param gasUsed total gas used
 */
public record BlockExecution(
    List<TransactionResult> results, List<Receipt> receipts, long gasUsed) {

  /** Copies the lists so the outcome is immutable. */
  public BlockExecution {
    results = List.copyOf(results);
    receipts = List.copyOf(receipts);
  }

  /** The block's logs bloom: the union of the receipts' blooms. */
  public Bytes logsBloom() {
    return LogsBloom.union(receipts.stream().map(Receipt::logsBloom).toList());
  }

  /** The block's receipts root. */
  public Bytes32 receiptsRoot() {
    return TrieRoots.receiptsRoot(receipts);
  }
}
