/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.schedule;

import io.twinchain.chain.reputation.DifficultyFunction;
import io.twinchain.chain.validation.HeaderRuleset;
import io.twinchain.consensus.difficulty.MinerTargets;
import io.twinchain.consensus.difficulty.ReputationSource;
import io.twinchain.consensus.difficulty.ReputationWeightedTarget;
import io.twinchain.consensus.headerrules.ConsensusRulesetFactory;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.pow.StakeModifier;
import io.twinchain.consensus.retarget.RetargetingRule;

/**
 * Everything that may change between milestones, for the blocks one milestone covers.
 *
 * @param milestone the version
 * @param difficultyFunction the stake-to-difficulty strategy (reputation weighting)
 * @param retargeting the base-difficulty rule
 * @param stakeModifier the stake-modifier derivation
 * @param minerTargets target_k of each miner, shared by the miner and the PoW rule
 * @param ruleset the header rules
 */
public record ProtocolSpec(
    Milestone milestone,
    DifficultyFunction difficultyFunction,
    RetargetingRule retargeting,
    StakeModifier stakeModifier,
    MinerTargets minerTargets,
    HeaderRuleset ruleset) {

  /** A builder to define a milestone as a delta over another. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the varying parts; {@link #build} derives the targets and the ruleset from them. */
  public static final class Builder {
    private Milestone milestone;
    private DifficultyFunction difficultyFunction;
    private RetargetingRule retargeting;
    private StakeModifier stakeModifier;

    private Builder() {}

    public Builder milestone(final Milestone value) {
      milestone = value;
      return this;
    }

    public Builder difficultyFunction(final DifficultyFunction value) {
      difficultyFunction = value;
      return this;
    }

    public Builder retargeting(final RetargetingRule value) {
      retargeting = value;
      return this;
    }

    public Builder stakeModifier(final StakeModifier value) {
      stakeModifier = value;
      return this;
    }

    /** The spec, with its ruleset assembled by {@link ConsensusRulesetFactory}. */
    public ProtocolSpec build(
        final ConsensusConfig config, final ReputationSource reputations, final TimeProvider time) {
      final MinerTargets targets =
          new MinerTargets(reputations, new ReputationWeightedTarget(difficultyFunction));
      final HeaderRuleset ruleset =
          ConsensusRulesetFactory.create(
              config, retargeting, stakeModifier, targets, reputations, time);
      return new ProtocolSpec(
          milestone, difficultyFunction, retargeting, stakeModifier, targets, ruleset);
    }
  }
}
