/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.validation.HeaderRuleset;
import io.twinchain.consensus.difficulty.MinerTargets;
import io.twinchain.consensus.difficulty.ReputationSource;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.pow.StakeModifier;
import io.twinchain.consensus.retarget.RetargetingRule;
import io.twinchain.consensus.schedule.ConsensusConfig;

/**
 * Assembles the reputation-weighted PoW/PoS header ruleset (after Besu's {@code
 * BlockHeaderValidationRulesetFactory}): the ledger's structural rules (parent hash, number,
 * extra-data size, gas), then this engine's, cheapest first so a forged header costs a verifier as
 * little as possible.
 */
public final class ConsensusRulesetFactory {

  private ConsensusRulesetFactory() {}

  /** The ruleset of one milestone. */
  public static HeaderRuleset create(
      final ConsensusConfig config,
      final RetargetingRule retargeting,
      final StakeModifier stakeModifier,
      final MinerTargets targets,
      final ReputationSource reputations,
      final TimeProvider time) {
    return HeaderRuleset.ledgerRules(config.maxExtraDataBytes()).toBuilder()
        .add(new TimestampNotBeforeParentRule())
        .add(new TimestampNotInFutureRule(time, config.maxFutureSeconds()))
        .add(new SlotOfTimestampRule(config))
        .add(new MinerAllowlistedRule(config.accessPoints()))
        .add(new BaseDifficultyRule(retargeting))
        .add(new StakeModifierRule(stakeModifier))
        .add(new ReputationSnapshotRootRule(reputations))
        .add(new ProofOfWorkRule(targets))
        .build();
  }
}
