/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.consensus.ConsensusFields;
import java.util.List;

/**
 * Port: builds the block to seal. The node's adaptor executes the transactions on the parent's
 * state and fills the execution fields (state, transactions and receipts roots, bloom, gas); the
 * miner then searches the nonce over the header's sealing hash.
 */
public interface BlockTemplateAssembler {

  /**
   * A child of {@code parent} carrying {@code fields} and the transactions that executed, with
   * every header field final except the nonce.
   */
  Block assemble(BlockHeader parent, ConsensusFields fields, List<Transaction> transactions);
}
