/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import io.twinchain.offload.sim.Baselines;
import io.twinchain.offload.sim.ComparisonRow;
import io.twinchain.offload.sim.SimulationConfig;
import io.twinchain.offload.sim.SimulationResults;
import io.twinchain.offload.sim.SweepPoint;
import java.util.Locale;

/** A short Markdown summary of a simulation: the comparison table and DPRA's margin. */
final class ReportSummary {

  private ReportSummary() {}

  static String of(final SimulationResults results) {
    final SimulationConfig config = results.config();
    final StringBuilder out = new StringBuilder();
    out.append(
        format(
            "Simulation: T = %d slots, %d seeds (from %d), V = %s, N = %d, M = %d, K = %d, Γ = %s,"
                + " aggregation %s.%n%n",
            config.slots(),
            config.seeds(),
            config.firstSeed(),
            config.tradeOff(),
            config.scenario().gateways() * config.scenario().twinsPerGateway(),
            config.scenario().gateways(),
            config.scenario().aps(),
            config.scenario().reputation().gamma(),
            config.scenario().aggregation()));
    out.append(
        "| policy | latency (s) ± 95% CI | τ^inf (s) | τ^bg (s) | mean Σ Z_k | max Z_k(T)/T |"
            + " min (c̄_k − Γ_k) | meets C3 |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (final ComparisonRow row : results.comparison()) {
      out.append(
          format(
              "| %s | %.4f ± %.4f | %.4f | %.4f | %.3f | %.4f | %+.4f | %s |%n",
              row.name(),
              row.latency().mean(),
              row.latency().halfWidth(),
              row.inference().mean(),
              row.block().mean(),
              row.backlog().mean(),
              row.worstQueueRate(),
              row.worstSlack(),
              row.meetsConstraint() ? "yes" : "**no**"));
    }
    results
        .row(Baselines.DPRA)
        .ifPresent(
            dpra ->
                results
                    .bestFeasibleBaseline()
                    .ifPresent(
                        best ->
                            out.append(
                                format(
                                    "%nBest baseline that meets C3: %s at %.4f s; DPRA %.4f s,"
                                        + " margin %+.1f%% (positive = DPRA faster).%n",
                                    best.name(),
                                    best.latency().mean(),
                                    dpra.latency().mean(),
                                    100
                                        * (best.latency().mean() - dpra.latency().mean())
                                        / best.latency().mean()))));
    sweep(out, "V", results.tradeOffSweep());
    sweep(out, "K", results.apSweep());
    sweep(out, "Γ (DPRA)", results.gammaSweep());
    sweep(out, "Γ (latency-greedy)", results.greedyGammaSweep());
    return out.toString();
  }

  private static void sweep(
      final StringBuilder out, final String name, final Iterable<SweepPoint> points) {
    if (!points.iterator().hasNext()) {
      return;
    }
    out.append(format("%n| %s | latency (s) ± CI | mean Σ Z_k | max Z_k(T)/T |%n", name));
    out.append("|---|---|---|---|\n");
    for (final SweepPoint p : points) {
      out.append(
          format(
              "| %s | %.4f ± %.4f | %.3f | %.4f |%n",
              p.value(),
              p.latency().mean(),
              p.latency().halfWidth(),
              p.backlog().mean(),
              p.worstQueueRate()));
    }
  }

  private static String format(final String pattern, final Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
