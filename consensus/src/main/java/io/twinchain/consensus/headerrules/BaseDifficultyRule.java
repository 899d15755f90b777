/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.chain.validation.AttachedHeaderRule;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.retarget.RetargetingRule;

/**
 * The claimed base difficulty δ_0 (the header's {@code difficulty}, its weight in fork choice) is
 * the one retargeting gives from the parent and grandparent. With the snapshot root and the miner
 * it fixes the miner's claimed target, so a tampered target shows up here.
 */
public final class BaseDifficultyRule implements AttachedHeaderRule {

  private final RetargetingRule retargeting;

  public BaseDifficultyRule(final RetargetingRule retargeting) {
    this.retargeting = retargeting;
  }

  @Override
  public ValidationResult validate(
      final BlockHeader header, final BlockHeader parent, final ChainView chain) {
    return retargeting
        .baseDifficultyOfChild(parent, chain)
        .map(
            expected ->
                ValidationResult.check(
                    header.difficulty().equals(expected),
                    () ->
                        InvalidReason.mismatch(
                            ConsensusReason.BASE_DIFFICULTY_MISMATCH,
                            "base difficulty",
                            expected.toDecimalString(),
                            header.difficulty().toDecimalString())))
        .orElseGet(() -> MissingAncestor.of("grandparent", parent.parentHash()));
  }
}
