/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.schedule;

import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.chain.reputation.MultiLevelDifficulty;
import io.twinchain.consensus.pow.StakeModifier;
import io.twinchain.consensus.retarget.ProportionalRetargeting;

/** The definition of each milestone, each a delta over the one before (after Besu's specs). */
public final class ProtocolSpecs {

  private ProtocolSpecs() {}

  /** The builder of {@code milestone}'s spec. */
  public static ProtocolSpec.Builder definition(
      final Milestone milestone, final ConsensusConfig config) {
    return switch (milestone) {
      case BDT -> bdt(config);
      case BDT_MULTI_LEVEL -> bdtMultiLevel(config);
    };
  }

  /** Spec §3.2: exponential difficulty, proportional retargeting, stake modifier. */
  static ProtocolSpec.Builder bdt(final ConsensusConfig config) {
    return ProtocolSpec.builder()
        .milestone(Milestone.BDT)
        .difficultyFunction(new ExponentialDifficulty(config.rho(), config.floorFraction()))
        .retargeting(ProportionalRetargeting.forPeriod(config.blockPeriodSeconds() * 1_000))
        .stakeModifier(new StakeModifier(config.stakeModifierDepth()));
  }

  /** {@link #bdt} with the multi-level step difficulty of Proof-of-Trusted-Work. */
  static ProtocolSpec.Builder bdtMultiLevel(final ConsensusConfig config) {
    final double[] thresholds =
        config.multiLevelThresholds().stream().mapToDouble(Double::doubleValue).toArray();
    return bdt(config)
        .milestone(Milestone.BDT_MULTI_LEVEL)
        .difficultyFunction(new MultiLevelDifficulty(thresholds));
  }
}
