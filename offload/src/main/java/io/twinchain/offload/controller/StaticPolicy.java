/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import java.util.random.RandomGenerator;

/**
 * The non-optimising baselines of spec §6.4: a cut rule and a fixed inference share f^I_k =
 * share·f^max_k (gateway-only: L and 0; AP-only, fixed mid and random: their cut and 1/2).
 *
 * @param random the policy's own stream (only RANDOM consumes it)
 */
public record StaticPolicy(
    String name, SystemModel model, CutRule rule, double share, RandomGenerator random)
    implements Policy {

  public StaticPolicy {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in [0, 1], got " + share);
    }
  }

  @Override
  public Decision decide(final SlotObservation observation, final QueueState state) {
    final int[] cuts = new int[model.twinCount()];
    for (int n = 0; n < cuts.length; n++) {
      cuts[n] = rule.cut(model.latency().model(n).layerCount(), random);
    }
    final double[] inference = new double[model.apCount()];
    for (int k = 0; k < inference.length; k++) {
      inference[k] = share * model.maxFrequency(k);
    }
    return Decision.withMiningRemainder(model, cuts, inference);
  }
}
