/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;

/**
 * A header rule that needs more chain context than the parent (ancestors, snapshots, cumulative
 * work). One class per rule.
 */
@FunctionalInterface
public interface AttachedHeaderRule {

  /** Checks {@code header}, whose parent is {@code parent}, against the stored {@code chain}. */
  ValidationResult validate(BlockHeader header, BlockHeader parent, ChainView chain);
}
