/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.execution.TransactionResult;
import java.util.List;

/**
 * A block the dev chain sealed and committed, with what its transactions did.
 *
 * @param block header and body
 * @param results per-transaction outcomes (return or revert data, created address, logs)
 * @param receipts per-transaction consensus receipts (cumulative gas, bloom)
 */
public record SealedBlock(Block block, List<TransactionResult> results, List<Receipt> receipts) {

  public SealedBlock {
    results = List.copyOf(results);
    receipts = List.copyOf(receipts);
  }

  /** The block number. */
  public long number() {
    return block.header().number();
  }

  /** Gas used by transaction {@code index} alone. */
  public long gasUsedBy(final int index) {
    final long before = index == 0 ? 0 : receipts.get(index - 1).cumulativeGasUsed();
    return receipts.get(index).cumulativeGasUsed() - before;
  }
}
