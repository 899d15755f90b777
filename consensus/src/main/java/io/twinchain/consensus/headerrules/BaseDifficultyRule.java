/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.chain.validation.AttachedHeaderRule;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.retarget.RetargetingRule;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The claimed base difficulty δ_0 (the header's {@code difficulty}, its weight in fork choice) is
 * the one retargeting gives from the parent and grandparent. With the snapshot root and the miner
 * it fixes the miner's claimed target, so a tampered target shows up here (assumption
 * A-CONS-HEADER-DIFFICULTY).
 */
public final class BaseDifficultyRule implements AttachedHeaderRule {

  private final RetargetingRule retargeting;

  public BaseDifficultyRule(final RetargetingRule retargeting) {
    this.retargeting = retargeting;
  }

  @Override
  public ValidationResult validate(
      final BlockHeader header, final BlockHeader parent, final ChainView chain) {
    return DerivedValueCheck.matches(
        retargeting.baseDifficultyOfChild(parent, chain).map(UInt256::toUnsignedBigInteger),
        header.difficulty().toUnsignedBigInteger(),
        ConsensusReason.BASE_DIFFICULTY_MISMATCH,
        "base difficulty",
        "grandparent");
  }
}
