/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainTip;
import io.twinchain.chain.execution.AncestorHashes;
import io.twinchain.chain.execution.BlockContext;
import io.twinchain.chain.execution.BlockExecution;
import io.twinchain.chain.execution.BlockExecutor;
import io.twinchain.chain.execution.ExecutedTemplates;
import io.twinchain.chain.execution.TransactionProcessor;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainUpdate;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.validation.BlockReason;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Executes a header-valid block on its parent's state (or takes this node's own template's
 * execution from {@link ExecutedTemplates}), checks the outcome against the header, and commits:
 * the world state first (libevm), then block, receipts, work, canonical index and head in one
 * synced RocksDB batch. A crash between the two leaves an unreferenced state root, which is
 * harmless; the reverse order could leave a head without state, which {@code ChainRecovery} would
 * have to roll back.
 */
final class BlockCommitter {

  private final Blockchain chain;
  private final WorldStateArchive archive;
  private final Comparator<ChainTip> forkChoice;
  private final BlockExecutor executor = new BlockExecutor(new TransactionProcessor());
  private final long chainId;
  private final ExecutedTemplates executedTemplates;

  BlockCommitter(
      final Blockchain chain,
      final WorldStateArchive archive,
      final Comparator<ChainTip> forkChoice,
      final long chainId,
      final ExecutedTemplates executedTemplates) {
    this.chain = chain;
    this.archive = archive;
    this.forkChoice = forkChoice;
    this.chainId = chainId;
    this.executedTemplates = executedTemplates;
  }

  ImportResult executeAndCommit(
      final BlockHeader header,
      final BlockHeader parent,
      final List<Bytes> envelopes,
      final List<Transaction> transactions) {
    final Optional<ExecutedTemplates.Executed> ownTemplate =
        executedTemplates.take(header.sealingHash());
    final BlockExecution execution;
    try (MutableWorldState state =
        ownTemplate.isPresent() ? ownTemplate.get().state() : archive.open(parent.stateRoot())) {
      execution =
          ownTemplate.isPresent()
              ? ownTemplate.get().execution()
              : executor.execute(
                  state,
                  BlockContext.of(chainId, header, new AncestorHashes(chain, parent)),
                  transactions);
      // Also for this node's own template: the checks cost hashing, not execution.
      final ValidationResult checks =
          PostExecutionChecks.validate(header, execution, state.rootHash());
      if (!checks.isValid()) {
        return ImportResult.invalid(Optional.of(header), checks.reason().orElseThrow());
      }
      state.commit();
    } catch (final MissingStateException e) {
      return ImportResult.invalid(
          Optional.of(header), InvalidReason.of(BlockReason.PARENT_STATE_MISSING, e.getMessage()));
    } catch (final InvalidTransactionException e) {
      return ImportResult.invalid(Optional.of(header), e.reason());
    }
    return commitBlock(header, envelopes, execution);
  }

  private ImportResult commitBlock(
      final BlockHeader header, final List<Bytes> envelopes, final BlockExecution execution) {
    final UInt256 parentWork = chain.totalWork(header.parentHash()).orElseThrow();
    final ChainTip tip = new ChainTip(header, parentWork.add(header.difficulty()));
    final ChainTip head = chain.headTip();
    final boolean becomesHead = forkChoice.compare(tip, head) > 0;
    try (ChainUpdate update = chain.storage().startUpdate()) {
      update.putBlock(header, envelopes, execution.receipts(), tip.totalWork());
      if (becomesHead) {
        CanonicalChainSwitch.stage(update, chain.storage(), head.header(), header, envelopes);
        update.setHead(header.hash());
      }
      update.commit();
    }
    return ImportResult.imported(header, becomesHead);
  }
}
