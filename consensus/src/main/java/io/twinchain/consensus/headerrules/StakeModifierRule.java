/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.chain.validation.AttachedHeaderRule;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.pow.StakeModifier;

/** The stake modifier is the one derived from the parent's modifier and the anchor block. */
public final class StakeModifierRule implements AttachedHeaderRule {

  private final StakeModifier stakeModifier;

  public StakeModifierRule(final StakeModifier stakeModifier) {
    this.stakeModifier = stakeModifier;
  }

  @Override
  public ValidationResult validate(
      final BlockHeader header, final BlockHeader parent, final ChainView chain) {
    return DerivedValueCheck.matches(
        stakeModifier.ofChild(parent, chain),
        header.stakeModifier(),
        ConsensusReason.STAKE_MODIFIER_MISMATCH,
        "stake modifier",
        "anchor block");
  }
}
