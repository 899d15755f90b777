/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.DetachedHeaderRule;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;

/**
 * The timestamp is not earlier than the parent's. Equal is allowed: timestamps have one-second
 * resolution and blocks may come faster (spec §6.3 expects sub-second block times).
 */
public final class TimestampNotBeforeParentRule implements DetachedHeaderRule {

  @Override
  public ValidationResult validate(final BlockHeader header, final BlockHeader parent) {
    return ValidationResult.check(
        header.timestamp() >= parent.timestamp(),
        () ->
            InvalidReason.mismatch(
                ConsensusReason.TIMESTAMP_BEFORE_PARENT,
                "timestamp",
                "at least " + parent.timestamp(),
                header.timestamp()));
  }
}
