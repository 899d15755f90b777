/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.block.ChainTip;
import io.twinchain.chain.block.EncodedBlock;
import io.twinchain.chain.execution.ExecutedTemplates;
import io.twinchain.chain.execution.TrieRoots;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.transaction.TransactionBatchDecoder;
import io.twinchain.chain.transaction.TransactionReason;
import io.twinchain.chain.types.MalformedRlpException;
import io.twinchain.chain.validation.BlockReason;
import io.twinchain.chain.validation.HeaderRuleset;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Imports blocks: decode, header rules (injected), transactions root, sender recovery, execution on
 * the parent's state, gas/receipts/bloom/state-root checks, then commit — world state first, then
 * block, receipts, indices and head in one synced batch — and the head moves if the injected fork
 * choice prefers the new tip. A refused block leaves storage unchanged. Imports are serialised.
 */
public final class BlockImporter {

  private final Blockchain chain;
  private final long chainId;
  private final HeaderRuleset headerRules;
  private final TransactionBatchDecoder decoder;
  private final BlockCommitter committer;

  /**
   * An importer.
   *
   * @param chain the stored chain
   * @param headerRules the engine's header rules (ledger rules plus consensus rules)
   * @param archive the world states
   * @param headerRules the engine's header rules (ledger rules plus consensus rules)
   * @param forkChoice orders chain tips; the head moves to a tip comparing strictly greater
   * @param chainId the chain id transactions must be signed for
   */
  public BlockImporter(
      final Blockchain chain,
      final WorldStateArchive archive,
      final HeaderRuleset headerRules,
      final Comparator<ChainTip> forkChoice,
      final long chainId) {
    this(chain, archive, headerRules, forkChoice, new SignedTransactionDecoder(chainId));
  }

  /**
   * An importer decoding with {@code transactionDecoder}, e.g. the node's remembering decoder
   * ({@code ChainDatabase.transactionDecoder()}), whose chain id transactions must be signed for.
   */
  public BlockImporter(
      final Blockchain chain,
      final WorldStateArchive archive,
      final HeaderRuleset headerRules,
      final Comparator<ChainTip> forkChoice,
      final SignedTransactionDecoder transactionDecoder) {
    this(chain, archive, headerRules, forkChoice, transactionDecoder, new ExecutedTemplates());
  }

  /**
   * An importer that commits this node's own sealed templates from {@code executedTemplates} (where
   * its {@code BlockAssembler} keeps them) instead of executing them again.
   */
  public BlockImporter(
      final Blockchain chain,
      final WorldStateArchive archive,
      final HeaderRuleset headerRules,
      final Comparator<ChainTip> forkChoice,
      final SignedTransactionDecoder transactionDecoder,
      final ExecutedTemplates executedTemplates) {
    this.chain = chain;
    this.chainId = transactionDecoder.chainId();
    this.headerRules = headerRules;
    this.decoder = new TransactionBatchDecoder(transactionDecoder);
    this.committer = new BlockCommitter(chain, archive, forkChoice, chainId, executedTemplates);
  }

  /** Imports a block received as RLP bytes (from a peer or RPC). */
  public synchronized ImportResult importBlock(final Bytes encoded) {
    final EncodedBlock block;
    try {
      block = BlockRlp.decode(encoded);
    } catch (final MalformedRlpException e) {
      return ImportResult.invalid(
          Optional.empty(), InvalidReason.of(BlockReason.MALFORMED_BLOCK, e.getMessage()));
    }
    return importChecked(block.header(), block.envelopes(), Optional.empty());
  }

  /**
   * Imports a block whose transactions were already decoded and sender-recovered by a {@link
   * SignedTransactionDecoder} (e.g. one this node assembled); only their chain id is re-checked.
   */
  public synchronized ImportResult importBlock(final Block block) {
    for (final Transaction transaction : block.body().transactions()) {
      if (transaction.chainId() != chainId) {
        return ImportResult.invalid(
            Optional.of(block.header()),
            InvalidReason.mismatch(
                TransactionReason.WRONG_CHAIN_ID, "chain id", chainId, transaction.chainId()));
      }
    }
    return importChecked(
        block.header(), block.body().envelopes(), Optional.of(block.body().transactions()));
  }

  private ImportResult importChecked(
      final BlockHeader header,
      final List<Bytes> envelopes,
      final Optional<List<Transaction>> decoded) {
    final Optional<BlockHeader> known = Optional.of(header);
    if (chain.header(header.hash()).isPresent()) {
      return ImportResult.known(header);
    }
    final Optional<BlockHeader> parent = chain.header(header.parentHash());
    if (parent.isEmpty()) {
      return ImportResult.invalid(
          known,
          InvalidReason.of(
              BlockReason.UNKNOWN_PARENT, "parent " + header.parentHash() + " unknown"));
    }
    final ValidationResult headerResult = headerRules.validate(header, parent.get(), chain);
    if (!headerResult.isValid()) {
      return ImportResult.invalid(known, headerResult.reason().orElseThrow());
    }
    final Bytes32 transactionsRoot = TrieRoots.transactionsRoot(envelopes);
    if (!transactionsRoot.equals(header.transactionsRoot())) {
      return ImportResult.invalid(
          known,
          InvalidReason.mismatch(
              BlockReason.TRANSACTIONS_ROOT_MISMATCH,
              "transactions root",
              transactionsRoot,
              header.transactionsRoot()));
    }
    final List<Transaction> transactions;
    try {
      transactions = decoded.isPresent() ? decoded.get() : decoder.decodeAll(envelopes);
    } catch (final InvalidTransactionException e) {
      return ImportResult.invalid(known, e.reason());
    }
    return committer.executeAndCommit(header, parent.get(), envelopes, transactions);
  }
}
