/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockHeaderBuilder;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.execution.BlockContext;
import io.twinchain.chain.execution.BlockExecution;
import io.twinchain.chain.execution.BlockHashLookup;
import io.twinchain.chain.execution.TransactionProcessor;
import io.twinchain.chain.execution.TransactionResult;
import io.twinchain.chain.execution.TrieRoots;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * The block being filled: each accepted transaction is executed at once on the parent's state
 * through the ledger's {@link TransactionProcessor}, so a refused one is reported to its sender and
 * changes nothing; {@link #seal} commits the state and builds the header.
 */
final class PendingBlock implements AutoCloseable {

  private final MutableWorldState state;
  private final BlockHeaderBuilder template;
  private final BlockContext context;
  private final TransactionProcessor processor;
  private final List<TransactionResult> results = new ArrayList<>();
  private final List<Receipt> receipts = new ArrayList<>();
  private long gasUsed;

  PendingBlock(
      final MutableWorldState state,
      final BlockHeaderBuilder template,
      final long chainId,
      final BlockHashLookup blockHashes,
      final TransactionProcessor processor) {
    this.state = state;
    this.template = template;
    this.context = BlockContext.of(chainId, template.build(), blockHashes);
    this.processor = processor;
  }

  /** Executes {@code transaction} as the next one of this block. */
  TransactionResult add(final Transaction transaction) throws InvalidTransactionException {
    final TransactionResult result =
        processor.process(
            state, context, transaction, results.size(), context.gasLimit() - gasUsed);
    gasUsed += result.gasUsed();
    results.add(result);
    receipts.add(Receipt.of(transaction.type(), result.success(), gasUsed, result.logs()));
    return result;
  }

  boolean isEmpty() {
    return results.isEmpty();
  }

  boolean fits(final Transaction transaction) {
    return transaction.gasLimit() <= context.gasLimit() - gasUsed;
  }

  /** The state with this block's transactions applied so far (for "pending" queries). */
  MutableWorldState state() {
    return state;
  }

  /** Commits the state and returns the sealed block. */
  SealedBlock seal() {
    final BlockExecution execution = new BlockExecution(results, receipts, gasUsed);
    final BlockBody body =
        new BlockBody(results.stream().map(TransactionResult::transaction).toList());
    final BlockHeader header =
        template
            .stateRoot(state.commit())
            .transactionsRoot(TrieRoots.transactionsRoot(body.envelopes()))
            .receiptsRoot(execution.receiptsRoot())
            .logsBloom(execution.logsBloom())
            .gasUsed(gasUsed)
            .build();
    return new SealedBlock(new Block(header, body), results, receipts);
  }

  @Override
  public void close() {
    state.close();
  }
}
