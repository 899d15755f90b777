/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import io.twinchain.chain.reputation.DifficultyFunction;
import io.twinchain.offload.channel.ChannelModel;
import io.twinchain.offload.controller.ReputationConstraint;
import io.twinchain.offload.controller.SystemModel;

/**
 * One simulated world: the system, its channel, its data and its reputation constraint.
 *
 * @param system latency and consensus model, as both the policy and the mining race see it
 * @param channel uplink rates per slot
 * @param samples D_n(t)
 * @param constraint Γ_k, C3 direction and reputation update
 */
public record Scenario(
    SystemModel system,
    ChannelModel channel,
    SampleDistribution samples,
    ReputationConstraint constraint) {

  public Scenario {
    if (channel.gatewayCount() != system.latency().topology().gatewayCount()) {
      throw new IllegalArgumentException("channel and topology disagree on the gateway count");
    }
    if (constraint.gamma().length != system.apCount()) {
      throw new IllegalArgumentException("need one Γ_k per AP");
    }
  }

  /** This world with another stake-to-difficulty function (e.g. ρ = 0, pure PoW). */
  public Scenario withDifficulty(final DifficultyFunction difficulty) {
    return new Scenario(
        new SystemModel(system.latency(), system.consensus().withDifficulty(difficulty)),
        channel,
        samples,
        constraint);
  }
}
