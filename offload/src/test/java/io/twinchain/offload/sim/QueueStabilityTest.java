/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec §7 property 5: under DPRA every queue is mean-rate stable, Z_k(T)/T < 1e−2 at T = 1000 for V
 * ≤ 100, and the empirical contribution meets (1/T)Σ c_k ≥ Γ_k − Z_k(T)/T. Checked at the default Γ
 * = 0.5 and at Γ = 0.6, where C3 binds.
 */
class QueueStabilityTest {

  @ParameterizedTest
  @CsvSource({"1, 0.5", "10, 0.5", "100, 0.5", "1, 0.6", "10, 0.6", "100, 0.6"})
  void queuesAreMeanRateStable(final double tradeOff, final double gamma) {
    final ScenarioConfig world = SimFixtures.withGamma(gamma);
    for (final long seed : new long[] {1, 2}) {
      final Trajectory run = SimFixtures.run(world, Baselines.dpra(tradeOff), seed);
      final int slots = run.slots();
      for (int k = 0; k < run.aps(); k++) {
        final double rate = run.queue(slots, k) / slots;
        assertThat(rate).as("Z_%d(T)/T at V=%s", k, tradeOff).isLessThan(1e-2);
        assertThat(run.meanContribution(k)).isGreaterThanOrEqualTo(gamma - rate - 1e-12);
        for (int t = 0; t <= slots; t++) {
          assertThat(run.queue(t, k)).isGreaterThanOrEqualTo(0);
        }
      }
    }
  }
}
