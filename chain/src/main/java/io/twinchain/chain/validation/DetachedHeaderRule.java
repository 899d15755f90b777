/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import io.twinchain.chain.block.BlockHeader;

/** A header rule that needs only the header and its parent. One class per rule. */
@FunctionalInterface
public interface DetachedHeaderRule {

  /** Checks {@code header} against its {@code parent}. */
  ValidationResult validate(BlockHeader header, BlockHeader parent);
}
