/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.validation.ValidationResult;

/** Port: hands a sealed block to the node, which validates, stores and gossips it. */
public interface MinedBlockImporter {

  /** Imports {@code block}; the result says why it was refused, if it was. */
  ValidationResult importBlock(Block block);
}
