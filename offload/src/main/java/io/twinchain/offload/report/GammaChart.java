/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import static io.twinchain.offload.report.ChartCanvas.xy;

import io.twinchain.offload.sim.RunSummary;
import io.twinchain.offload.sim.SimulationResults;
import io.twinchain.offload.sim.SweepPoint;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** DPRA and latency-greedy against Γ, each point marked by whether C3 held on every seed. */
final class GammaChart {

  private final SimulationResults results;
  private final ChartCanvas canvas;

  GammaChart(final SimulationResults results, final ChartCanvas canvas) {
    this.results = results;
    this.canvas = canvas;
  }

  void write() {
    if (results.gammaSweep().isEmpty()) {
      return;
    }
    final XYChart chart =
        xy(
            "Latency vs reputation target Γ (95% CI over seeds)",
            "Γ (long-term contribution target)", "time-average latency (s)");
    chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
    final List<SweepPoint> dpra = results.gammaSweep();
    final List<SweepPoint> greedy = results.greedyGammaSweep();
    chart
        .addSeries("DPRA", values(dpra), latencies(dpra), halfWidths(dpra))
        .setMarker(SeriesMarkers.NONE);
    chart
        .addSeries("latency-greedy (Z=0)", values(greedy), latencies(greedy), halfWidths(greedy))
        .setMarker(SeriesMarkers.NONE);
    final List<SweepPoint> all = new ArrayList<>(dpra);
    all.addAll(greedy);
    scatter(
        chart,
        "meets C3 on every seed",
        all.stream().filter(GammaChart::meets).toList(),
        SeriesMarkers.CIRCLE,
        new Color(20, 140, 20));
    scatter(
        chart,
        "violates C3 (some Z_k(T)/T ≥ 0.01)",
        all.stream().filter(p -> !meets(p)).toList(),
        SeriesMarkers.CROSS,
        Color.RED);
    canvas.save(chart, "latency_vs_gamma");
  }

  private static boolean meets(final SweepPoint point) {
    return point.worstQueueRate() < RunSummary.STABLE_QUEUE_RATE;
  }

  private static void scatter(
      final XYChart chart,
      final String name,
      final List<SweepPoint> points,
      final Marker marker,
      final Color color) {
    if (points.isEmpty()) {
      return;
    }
    final XYSeries series = chart.addSeries(name, values(points), latencies(points));
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    series.setMarker(marker).setMarkerColor(color);
  }

  private static double[] values(final List<SweepPoint> points) {
    return points.stream().mapToDouble(SweepPoint::value).toArray();
  }

  private static double[] latencies(final List<SweepPoint> points) {
    return points.stream().mapToDouble(p -> p.latency().mean()).toArray();
  }

  private static double[] halfWidths(final List<SweepPoint> points) {
    return points.stream().mapToDouble(p -> p.latency().halfWidth()).toArray();
  }
}
