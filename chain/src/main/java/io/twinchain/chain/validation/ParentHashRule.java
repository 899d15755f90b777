/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import io.twinchain.chain.block.BlockHeader;

/** The header's parent hash is the hash of the parent header. */
public final class ParentHashRule implements DetachedHeaderRule {

  @Override
  public ValidationResult validate(final BlockHeader header, final BlockHeader parent) {
    return ValidationResult.check(
        header.parentHash().equals(parent.hash()),
        () ->
            InvalidReason.mismatch(
                BlockReason.PARENT_HASH_MISMATCH,
                "parent hash",
                parent.hash(),
                header.parentHash()));
  }
}
