/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.offload.controller.CutRule;
import io.twinchain.offload.controller.StaticPolicy;
import org.junit.jupiter.api.Test;

/**
 * Spec §7 property 9 for the simulated race: with a fixed split the empirical mean block time is
 * 1/Σλ_k within 5% over 10⁴ blocks, and AP k wins with frequency λ_k/Σλ.
 */
class MiningRaceTest {

  @Test
  void blockTimesAndWinnersFollowTheRates() {
    final ScenarioConfig world = SimFixtures.defaults();
    final RandomStreams streams = new RandomStreams(11);
    final Scenario scenario = world.build(streams);
    final Contender equalSplit =
        Contender.of(
            "fixed",
            (s, r) -> new StaticPolicy("fixed", s.system(), CutRule.AP_ONLY, 0.5, r.policy()));
    final int blocks = 10_000;
    final Trajectory run = equalSplit.run(scenario, streams, blocks, SlotProgress.NONE);
    double totalBlock = 0;
    double expectedBlock = 0;
    final int[] wins = new int[run.aps()];
    for (int t = 0; t < blocks; t++) {
      totalBlock += run.blockLatency(t);
      expectedBlock += run.expectedLatency(t) - run.inferenceLatency(t);
      wins[run.winner(t)]++;
    }
    assertThat(totalBlock / blocks)
        .isCloseTo(expectedBlock / blocks, within(0.05 * expectedBlock / blocks));
    for (final int w : wins) {
      // identical APs and reputations: each wins about 1/K of the blocks
      assertThat(w / (double) blocks).isCloseTo(1.0 / run.aps(), within(0.02));
    }
  }
}
