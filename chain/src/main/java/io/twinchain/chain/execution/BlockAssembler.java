/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockHeaderBuilder;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a block on a parent for a block producer: executes candidate transactions in order, leaves
 * out those invalid in the state reached so far, and fills the state root, transactions root,
 * receipts root, logs bloom and gas used into the producer's header template. Nothing is committed:
 * the importer commits when the (sealed) block is imported, from the {@link ExecutedTemplates} if
 * the assembler keeps its executions there, else by executing the block again.
 */
public final class BlockAssembler {

  private final WorldStateArchive archive;
  private final TransactionProcessor processor;
  private final long chainId;
  private final Optional<ExecutedTemplates> executed;

  /** An assembler executing on states of {@code archive} for chain {@code chainId}. */
  public BlockAssembler(
      final WorldStateArchive archive, final TransactionProcessor processor, final long chainId) {
    this(archive, processor, chainId, Optional.empty());
  }

  /**
   * An assembler that keeps each template's execution in {@code executed}, for the importer of the
   * same node to commit when the template comes back sealed.
   */
  public BlockAssembler(
      final WorldStateArchive archive,
      final TransactionProcessor processor,
      final long chainId,
      final Optional<ExecutedTemplates> executed) {
    this.archive = archive;
    this.processor = processor;
    this.chainId = chainId;
    this.executed = executed;
  }

  /**
   * A header template for a child of {@code parent}: parent hash, number, slot + 1, and the
   * parent's gas limit, snapshot root and stake modifier. Producers override what consensus decides
   * (timestamp, slot, miner, difficulty, snapshot root, stake modifier, extra data).
   */
  public static BlockHeaderBuilder childTemplate(final BlockHeader parent) {
    return BlockHeader.builder()
        .parentHash(parent.hash())
        .number(parent.number() + 1)
        .timestamp(parent.timestamp())
        .slot(parent.slot() + 1)
        .gasLimit(parent.gasLimit())
        .reputationSnapshotRoot(parent.reputationSnapshotRoot())
        .stakeModifier(parent.stakeModifier());
  }

  /**
   * Assembles a block on {@code parent}.
   *
   * @param template the producer's fields (number, parent hash, miner, timestamp, slot, gas limit,
   *     difficulty, snapshot root, stake modifier, extra data, nonce); execution fields are set
   *     here
   * @param candidates transactions to include if valid, in order
   * @param blockHashes ancestors for BLOCKHASH
   * @throws MissingStateException if the parent's state is not available
   */
  public Block assemble(
      final BlockHeader parent,
      final BlockHeaderBuilder template,
      final List<Transaction> candidates,
      final BlockHashLookup blockHashes)
      throws MissingStateException {
    final BlockContext context = BlockContext.of(chainId, template.build(), blockHashes);
    final MutableWorldState state = archive.open(parent.stateRoot());
    try {
      final Included included = executeCandidates(state, context, candidates);
      final BlockExecution execution = included.execution();
      final BlockBody body = new BlockBody(included.transactions());
      final BlockHeader header =
          template
              .stateRoot(state.rootHash())
              .transactionsRoot(TrieRoots.transactionsRoot(body.envelopes()))
              .receiptsRoot(execution.receiptsRoot())
              .logsBloom(execution.logsBloom())
              .gasUsed(execution.gasUsed())
              .build();
      if (executed.isPresent()) {
        executed.get().keep(new ExecutedTemplates.Executed(header.sealingHash(), state, execution));
      } else {
        state.close();
      }
      return new Block(header, body);
    } catch (final RuntimeException e) {
      state.close();
      throw e;
    }
  }

  private Included executeCandidates(
      final MutableWorldState state,
      final BlockContext context,
      final List<Transaction> candidates) {
    final List<Transaction> included = new ArrayList<>();
    final List<Receipt> receipts = new ArrayList<>();
    long gasUsed = 0;
    for (final Transaction candidate : candidates) {
      try {
        final TransactionResult result =
            processor.process(
                state, context, candidate, included.size(), context.gasLimit() - gasUsed);
        gasUsed += result.gasUsed();
        included.add(candidate);
        receipts.add(Receipt.of(candidate.type(), result.success(), gasUsed, result.logs()));
      } catch (final InvalidTransactionException e) {
        continue;
      }
    }
    return new Included(included, new BlockExecution(List.of(), receipts, gasUsed));
  }

  /** The candidates that executed, and their execution. */
  private record Included(List<Transaction> transactions, BlockExecution execution) {}
}
