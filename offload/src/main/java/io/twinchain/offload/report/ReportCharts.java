/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import io.twinchain.offload.sim.ComparisonRow;
import io.twinchain.offload.sim.RunSummary;
import io.twinchain.offload.sim.SimulationResults;
import io.twinchain.offload.sim.SweepPoint;
import io.twinchain.offload.sim.Trajectory;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The simulation's figures as PNG files (XChart), one method per figure. */
final class ReportCharts {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 600;
  private static final int MOVING_AVERAGE = 50;

  private final SimulationResults results;
  private final Path dir;

  ReportCharts(final SimulationResults results, final Path dir) {
    this.results = results;
    this.dir = dir;
  }

  void writeAll() {
    latencyPerSlot();
    sweep(
        "latency_vs_V",
        "DPRA: time-average latency vs V",
        "V (log scale)",
        results.tradeOffSweep(),
        true,
        false,
        false);
    sweep(
        "backlog_vs_V",
        "DPRA: time-average backlog Σ Z_k vs V",
        "V (log scale)",
        results.tradeOffSweep(),
        true,
        true,
        true);
    sweep(
        "latency_vs_APs",
        "DPRA: time-average latency vs number of APs",
        "number of APs K",
        results.apSweep(),
        false,
        false,
        false);
    reputation();
    baselines();
    gamma();
  }

  private void latencyPerSlot() {
    final Trajectory trace = results.trace();
    final XYChart chart = xy("DPRA latency per slot (first seed)", "slot t", "latency τ(t) (s)");
    final double[] slots = new double[trace.slots()];
    final double[] latency = new double[trace.slots()];
    final double[] average = new double[trace.slots()];
    double window = 0;
    for (int t = 0; t < slots.length; t++) {
      slots[t] = t;
      latency[t] = trace.latency(t);
      window += latency[t] - (t >= MOVING_AVERAGE ? trace.latency(t - MOVING_AVERAGE) : 0);
      average[t] = window / Math.min(t + 1, MOVING_AVERAGE);
    }
    line(chart.addSeries("τ(t)", slots, latency)).setLineColor(new Color(150, 180, 230));
    line(chart.addSeries(MOVING_AVERAGE + "-slot moving average", slots, average))
        .setLineColor(new Color(200, 30, 30));
    save(chart, "latency_per_slot");
  }

  private void sweep(
      final String file,
      final String title,
      final String xTitle,
      final List<SweepPoint> points,
      final boolean logX,
      final boolean logY,
      final boolean backlog) {
    if (points.isEmpty()) {
      return;
    }
    final XYChart chart =
        xy(
            title + " (95% CI over seeds)",
            xTitle,
            backlog
                ? "time-average Σ_k Z_k (dimensionless, log scale)"
                : "time-average latency (s)");
    chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
    final double[] x = points.stream().mapToDouble(SweepPoint::value).toArray();
    final double[] y =
        points.stream()
            .mapToDouble(p -> backlog ? Math.max(1e-6, p.backlog().mean()) : p.latency().mean())
            .toArray();
    final double[] ci =
        points.stream()
            .mapToDouble(p -> backlog ? p.backlog().halfWidth() : p.latency().halfWidth())
            .toArray();
    if (logY) {
      chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
      chart.addSeries("DPRA", x, y).setMarker(SeriesMarkers.CIRCLE);
      final double scale = y[y.length - 1] / x[x.length - 1];
      line(chart.addSeries("reference ∝ V", x, Arrays.stream(x).map(v -> v * scale).toArray()))
          .setLineColor(Color.GRAY);
    } else {
      chart.addSeries("DPRA", x, y, ci).setMarker(SeriesMarkers.CIRCLE);
    }
    if (!logX) {
      chart.getStyler().setXAxisDecimalPattern("#").setXAxisTickMarkSpacingHint(100);
    }
    save(chart, file);
  }

  private void reputation() {
    final Trajectory trace = results.trace();
    final XYChart chart =
        xy(
            "Off-chain reputation R_k(t) per AP under DPRA (first seed)",
            "slot t",
            "reputation R_k (EWMA of c_k = f^I_k / f^max_k)");
    final double[] slots = new double[trace.slots() + 1];
    for (int t = 0; t < slots.length; t++) {
      slots[t] = t;
    }
    for (int k = 0; k < trace.aps(); k++) {
      final double[] r = new double[slots.length];
      for (int t = 0; t < r.length; t++) {
        r[t] = trace.reputation(t, k);
      }
      line(chart.addSeries("AP " + k, slots, r));
    }
    final double gamma = results.config().scenario().reputation().gamma();
    line(chart.addSeries(
            "Γ = " + gamma, new double[] {0, trace.slots()}, new double[] {gamma, gamma}))
        .setLineColor(Color.BLACK);
    save(chart, "reputation");
  }

  private void baselines() {
    final CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Time-average latency: DPRA vs baselines (95% CI over seeds; * = violates C3)")
            .xAxisTitle("policy")
            .yAxisTitle("time-average latency (s)")
            .build();
    style(chart);
    chart.getStyler().setXAxisLabelRotation(20).setLegendVisible(false);
    final List<ComparisonRow> rows = results.comparison();
    chart.addSeries(
        "latency",
        rows.stream().map(r -> r.meetsConstraint() ? r.name() : r.name() + " *").toList(),
        rows.stream().map(r -> (Number) r.latency().mean()).toList(),
        rows.stream().map(r -> (Number) r.latency().halfWidth()).toList());
    save(chart, "baselines");
  }

  private void gamma() {
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
        all.stream().filter(ReportCharts::meets).toList(),
        SeriesMarkers.CIRCLE,
        new Color(20, 140, 20));
    scatter(
        chart,
        "violates C3 (some Z_k(T)/T ≥ 0.01)",
        all.stream().filter(p -> !meets(p)).toList(),
        SeriesMarkers.CROSS,
        Color.RED);
    save(chart, "latency_vs_gamma");
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

  private static XYChart xy(final String title, final String xTitle, final String yTitle) {
    final XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    style(chart);
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE).setMarkerSize(8);
    return chart;
  }

  private static XYSeries line(final XYSeries series) {
    series.setMarker(SeriesMarkers.NONE);
    return series;
  }

  private static void style(final Chart<?, ?> chart) {
    chart
        .getStyler()
        .setChartBackgroundColor(Color.WHITE)
        .setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18))
        .setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
  }

  private void save(final Chart<?, ?> chart, final String name) {
    try {
      BitmapEncoder.saveBitmap(chart, dir.resolve(name + ".png").toString(), BitmapFormat.PNG);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot write " + name + ".png", e);
    }
  }
}
