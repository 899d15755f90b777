/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import static io.twinchain.offload.report.ChartCanvas.line;
import static io.twinchain.offload.report.ChartCanvas.xy;

import io.twinchain.offload.sim.SimulationResults;
import io.twinchain.offload.sim.SweepPoint;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** DPRA against V (latency and backlog, log axes) and against K. */
final class SweepCharts {

  private static final String LATENCY = "time-average latency (s)";

  private final SimulationResults results;
  private final ChartCanvas canvas;

  SweepCharts(final SimulationResults results, final ChartCanvas canvas) {
    this.results = results;
    this.canvas = canvas;
  }

  void writeAll() {
    final List<SweepPoint> tradeOffs = results.tradeOffSweep();
    if (!tradeOffs.isEmpty()) {
      final XYChart latency =
          xy("DPRA: time-average latency vs V (95% CI over seeds)", "V (log scale)", LATENCY);
      latency.getStyler().setXAxisLogarithmic(true);
      addLatency(latency, tradeOffs);
      canvas.save(latency, "latency_vs_V");
      backlog(tradeOffs);
    }
    if (!results.apSweep().isEmpty()) {
      final XYChart aps =
          xy(
              "DPRA: time-average latency vs number of APs (95% CI over seeds)",
              "number of APs K", LATENCY);
      aps.getStyler().setXAxisDecimalPattern("#").setXAxisTickMarkSpacingHint(100);
      addLatency(aps, results.apSweep());
      canvas.save(aps, "latency_vs_APs");
    }
  }

  private static void addLatency(final XYChart chart, final List<SweepPoint> points) {
    chart
        .addSeries(
            "DPRA",
            points.stream().mapToDouble(SweepPoint::value).toArray(),
            points.stream().mapToDouble(p -> p.latency().mean()).toArray(),
            points.stream().mapToDouble(p -> p.latency().halfWidth()).toArray())
        .setMarker(SeriesMarkers.CIRCLE);
  }

  /** Backlog on log–log axes with a line ∝ V through the largest V (spec §7 property 6). */
  private void backlog(final List<SweepPoint> points) {
    final XYChart chart =
        xy(
            "DPRA: time-average backlog Σ Z_k vs V",
            "V (log scale)",
            "time-average Σ_k Z_k (dimensionless, log scale)");
    chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
    final double[] x = points.stream().mapToDouble(SweepPoint::value).toArray();
    final double[] y =
        points.stream().mapToDouble(p -> Math.max(1e-6, p.backlog().mean())).toArray();
    chart.addSeries("DPRA", x, y).setMarker(SeriesMarkers.CIRCLE);
    final double scale = y[y.length - 1] / x[x.length - 1];
    line(chart.addSeries("reference ∝ V", x, Arrays.stream(x).map(v -> v * scale).toArray()))
        .setLineColor(Color.GRAY);
    canvas.save(chart, "backlog_vs_V");
  }
}
