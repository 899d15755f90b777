/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.AncestorHashes;
import io.twinchain.chain.execution.BlockAssembler;
import io.twinchain.chain.execution.TransactionProcessor;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.consensus.ConsensusFields;
import io.twinchain.consensus.miner.BlockTemplateAssembler;
import java.util.List;
import java.util.Optional;

/** The miner's assembler port on the ledger: executes the transactions on the parent's state. */
final class LedgerTemplateAssembler implements BlockTemplateAssembler {

  private final Blockchain chain;
  private final BlockAssembler assembler;

  /** Keeps each template's execution in the database's {@code executedTemplates()}. */
  LedgerTemplateAssembler(final ChainDatabase database, final long chainId) {
    this.chain = database.blockchain();
    this.assembler =
        new BlockAssembler(
            database.worldState(),
            new TransactionProcessor(),
            chainId,
            Optional.of(database.executedTemplates()));
  }

  @Override
  public Block assemble(
      final BlockHeader parent,
      final ConsensusFields fields,
      final List<Transaction> transactions) {
    try {
      return assembler.assemble(
          parent,
          fields.applyTo(BlockAssembler.childTemplate(parent)),
          transactions,
          new AncestorHashes(chain, parent));
    } catch (final MissingStateException e) {
      throw new IllegalStateException("no state for the head #" + parent.number(), e);
    }
  }
}
