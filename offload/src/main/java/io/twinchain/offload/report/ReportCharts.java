/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import io.twinchain.offload.sim.ComparisonRow;
import io.twinchain.offload.sim.SimulationResults;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/** The simulation's figures as PNG files (XChart); the bar chart of every policy lives here. */
final class ReportCharts {

  private final SimulationResults results;
  private final ChartCanvas canvas;

  ReportCharts(final SimulationResults results, final Path dir) {
    this.results = results;
    this.canvas = new ChartCanvas(dir);
  }

  void writeAll() {
    new TraceCharts(results.trace(), results.config().scenario().reputation().gamma(), canvas)
        .writeAll();
    new SweepCharts(results, canvas).writeAll();
    new GammaChart(results, canvas).write();
    baselines();
  }

  private void baselines() {
    final CategoryChart chart =
        ChartCanvas.bars(
            "Time-average latency: DPRA vs baselines (95% CI over seeds; * = violates C3)",
            "policy", "time-average latency (s)");
    chart.getStyler().setXAxisLabelRotation(20).setLegendVisible(false);
    final List<ComparisonRow> rows = results.comparison();
    chart.addSeries(
        "latency",
        rows.stream().map(r -> r.meetsConstraint() ? r.name() : r.name() + " *").toList(),
        rows.stream().map(r -> (Number) r.latency().mean()).toList(),
        rows.stream().map(r -> (Number) r.latency().halfWidth()).toList());
    canvas.save(chart, "baselines");
  }
}
