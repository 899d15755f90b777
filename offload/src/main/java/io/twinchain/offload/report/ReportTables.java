/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import io.twinchain.offload.sim.ComparisonRow;
import io.twinchain.offload.sim.SimulationResults;
import io.twinchain.offload.sim.SweepPoint;
import io.twinchain.offload.sim.Trajectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The simulation's numbers as CSV files, one per figure. */
final class ReportTables {

  private final SimulationResults results;
  private final Path dir;

  ReportTables(final SimulationResults results, final Path dir) {
    this.results = results;
    this.dir = dir;
  }

  void writeAll() {
    perSlot();
    baselines();
    sweep("v_sweep.csv", "V", results.tradeOffSweep());
    sweep("ap_sweep.csv", "K", results.apSweep());
    sweep("gamma_sweep_dpra.csv", "gamma", results.gammaSweep());
    sweep("gamma_sweep_greedy.csv", "gamma", results.greedyGammaSweep());
  }

  private void perSlot() {
    final Trajectory trace = results.trace();
    final List<String> header =
        new ArrayList<>(
            List.of(
                "slot",
                "latency_s",
                "expected_latency_s",
                "inference_s",
                "block_s",
                "backlog",
                "winner"));
    for (int k = 0; k < trace.aps(); k++) {
      header.add("R_" + k);
      header.add("Z_" + k);
      header.add("c_" + k);
    }
    final CsvTable table = new CsvTable(header.toArray(String[]::new));
    for (int t = 0; t < trace.slots(); t++) {
      final List<Object> row =
          new ArrayList<>(
              List.of(
                  t,
                  trace.latency(t),
                  trace.expectedLatency(t),
                  trace.inferenceLatency(t),
                  trace.blockLatency(t),
                  trace.backlog(t),
                  trace.winner(t)));
      for (int k = 0; k < trace.aps(); k++) {
        row.add(trace.reputation(t, k));
        row.add(trace.queue(t, k));
        row.add(trace.contribution(t, k));
      }
      table.row(row.toArray());
    }
    table.write(dir.resolve("per_slot.csv"));
  }

  private void baselines() {
    final CsvTable table =
        new CsvTable(
            "policy",
            "latency_s",
            "latency_ci95_s",
            "expected_latency_s",
            "inference_s",
            "block_s",
            "backlog",
            "worst_queue_rate",
            "worst_contribution_slack",
            "meets_C3");
    for (final ComparisonRow row : results.comparison()) {
      table.row(
          row.name(),
          row.latency().mean(),
          row.latency().halfWidth(),
          row.expectedLatency().mean(),
          row.inference().mean(),
          row.block().mean(),
          row.backlog().mean(),
          row.worstQueueRate(),
          row.worstSlack(),
          row.meetsConstraint());
    }
    table.write(dir.resolve("baselines.csv"));
  }

  private void sweep(final String file, final String parameter, final List<SweepPoint> points) {
    if (points.isEmpty()) {
      return;
    }
    final CsvTable table =
        new CsvTable(
            parameter,
            "latency_s",
            "latency_ci95_s",
            "backlog",
            "backlog_ci95",
            "worst_queue_rate");
    for (final SweepPoint p : points) {
      table.row(
          p.value(),
          p.latency().mean(),
          p.latency().halfWidth(),
          p.backlog().mean(),
          p.backlog().halfWidth(),
          p.worstQueueRate());
    }
    table.write(dir.resolve(file));
  }
}
