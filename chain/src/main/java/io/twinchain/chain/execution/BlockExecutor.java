/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.validation.InvalidReason;
import java.util.ArrayList;
import java.util.List;

/** Executes a block's transactions in order with a {@link TransactionProcessor}. */
public final class BlockExecutor {

  private final TransactionProcessor processor;

  /** An executor running every transaction through {@code processor}. */
  public BlockExecutor(final TransactionProcessor processor) {
    this.processor = processor;
  }

  /**
   * Executes {@code transactions} on {@code state} (the parent's state), which keeps the effects.
   *
   * @throws InvalidTransactionException naming the index of the first invalid transaction
   */
  public BlockExecution execute(
      final MutableWorldState state, final BlockContext block, final List<Transaction> transactions)
      throws InvalidTransactionException {
    final List<TransactionResult> results = new ArrayList<>(transactions.size());
    final List<Receipt> receipts = new ArrayList<>(transactions.size());
    long gasUsed = 0;
    for (int i = 0; i < transactions.size(); i++) {
      final Transaction transaction = transactions.get(i);
      final TransactionResult result;
      try {
        result = processor.process(state, block, transaction, i, block.gasLimit() - gasUsed);
      } catch (final InvalidTransactionException e) {
        throw new InvalidTransactionException(
            new InvalidReason(
                e.reason().code(),
                "transaction " + i + " (" + transaction.hash() + "): " + e.reason().message(),
                e.reason().expected(),
                e.reason().actual()));
      }
      gasUsed += result.gasUsed();
      results.add(result);
      receipts.add(Receipt.of(transaction.type(), result.success(), gasUsed, result.logs()));
    }
    return new BlockExecution(results, receipts, gasUsed);
  }
}
