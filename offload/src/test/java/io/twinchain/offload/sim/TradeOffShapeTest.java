/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec §7 property 6 at Γ = 0.6 (where C3 binds; at the default Γ = 0.5 the unconstrained split
 * already sits near Γ, so the backlog stays small for every V): time-average latency is
 * non-increasing in V within seed noise, and the mean backlog Σ Z_k grows with V, about linearly at
 * large V (O(1/V) gap, O(V) backlog). The gap to the large-V latency stays under the drift bound
 * B/V of spec §5.2.
 */
class TradeOffShapeTest {

  private static final double[] TRADE_OFFS = {0.1, 1, 10, 100, 1000};
  private static final long[] SEEDS = {1, 2, 3};

  /** Seed noise on the paired mean latency (same traces for every V), relative. */
  private static final double NOISE = 0.005;

  @Test
  void latencyFallsAndBacklogGrowsWithV() {
    final ScenarioConfig world = SimFixtures.withGamma(0.6);
    final List<Double> latency = new ArrayList<>();
    final List<Double> backlog = new ArrayList<>();
    for (final double v : TRADE_OFFS) {
      double sumLatency = 0;
      double sumBacklog = 0;
      for (final long seed : SEEDS) {
        final RunSummary run = SimFixtures.summary(world, Baselines.dpra(v), seed);
        sumLatency += run.meanLatency();
        sumBacklog += run.meanBacklog();
      }
      latency.add(sumLatency / SEEDS.length);
      backlog.add(sumBacklog / SEEDS.length);
    }
    for (int i = 1; i < TRADE_OFFS.length; i++) {
      assertThat(latency.get(i)).isLessThanOrEqualTo(latency.get(i - 1) * (1 + NOISE));
      assertThat(backlog.get(i)).isGreaterThan(backlog.get(i - 1));
    }
    assertThat(latency.getLast()).isLessThan(latency.getFirst() * 0.95);
    // O(1/V) gap: latency(V) − τ* ≤ B/V with B = ½ Σ_k max(Γ, 1 − Γ)², τ* ≈ latency(V_max)
    final double bound = 0.5 * world.aps() * 0.6 * 0.6;
    for (int i = 0; i < TRADE_OFFS.length - 1; i++) {
      assertThat(latency.get(i) - latency.getLast()).isLessThanOrEqualTo(bound / TRADE_OFFS[i]);
    }
    final double slope =
        Math.log(backlog.get(4) / backlog.get(3)) / Math.log(TRADE_OFFS[4] / TRADE_OFFS[3]);
    assertThat(slope).as("log-log slope of backlog in V at large V").isBetween(0.5, 1.5);
  }
}
