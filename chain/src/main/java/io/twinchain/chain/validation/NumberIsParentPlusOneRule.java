/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import io.twinchain.chain.block.BlockHeader;

/** The header's number is its parent's number plus one. */
public final class NumberIsParentPlusOneRule implements DetachedHeaderRule {

  @Override
  public ValidationResult validate(final BlockHeader header, final BlockHeader parent) {
    final long expected = parent.number() + 1;
    return ValidationResult.check(
        header.number() == expected,
        () ->
            InvalidReason.mismatch(
                BlockReason.NUMBER_NOT_PARENT_PLUS_ONE, "block number", expected, header.number()));
  }
}
