/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import io.twinchain.chain.block.BlockHeader;

/** The header's gas used does not exceed its gas limit (and neither is negative). */
public final class GasUsedWithinLimitRule implements DetachedHeaderRule {

  @Override
  public ValidationResult validate(final BlockHeader header, final BlockHeader parent) {
    return ValidationResult.check(
        header.gasUsed() >= 0 && header.gasUsed() <= header.gasLimit(),
        () ->
            InvalidReason.mismatch(
                BlockReason.GAS_USED_ABOVE_LIMIT,
                "gas used",
                "at most " + header.gasLimit(),
                header.gasUsed()));
  }
}
