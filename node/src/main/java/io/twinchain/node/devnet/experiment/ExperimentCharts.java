/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import io.twinchain.offload.report.ChartCanvas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

/** The experiment's figures, drawn with the simulator's look ({@link ChartCanvas}). */
final class ExperimentCharts {
  private final ChartCanvas canvas;

  ExperimentCharts(final Path dir) {
    this.canvas = new ChartCanvas(dir);
  }

  void writeAll(final List<PolicySamples> samples, final List<PolicyResult> results) {
    latencyPerSlot(results);
    timeAverage(results);
    tailVsShare(samples);
    hashRateVsShare(samples);
    apSeries(samples, "reputation", "reputation R_k (ReputationRegistry)", ApSample::reputation);
    apSeries(samples, "difficulty", "difficulty factor δ_k/δ_0", ApSample::difficultyFactor);
  }

  private void latencyPerSlot(final List<PolicyResult> results) {
    final XYChart chart =
        ChartCanvas.xy(
            "Measured inference latency per slot (mean over the twins classified)",
            "slot (from the first sampled)",
            "latency (ms)");
    for (final PolicyResult result : results) {
      final long first = result.latencyPerSlot().firstKey();
      ChartCanvas.line(
          chart.addSeries(
              result.policy(),
              result.latencyPerSlot().keySet().stream().map(s -> (Number) (s - first)).toList(),
              List.copyOf(result.latencyPerSlot().values())));
    }
    canvas.save(chart, "latency_per_slot");
  }

  private void timeAverage(final List<PolicyResult> results) {
    final CategoryChart chart =
        ChartCanvas.bars(
            "Time-average measured latency on the devnet (95% batch-means CI)",
            "policy", "time-average latency (ms)");
    chart.getStyler().setLegendVisible(false);
    chart.addSeries(
        "latency",
        results.stream().map(PolicyResult::policy).toList(),
        results.stream().map(r -> (Number) r.timeAverage().mean()).toList(),
        results.stream().map(r -> (Number) r.timeAverage().halfWidth()).toList());
    canvas.save(chart, "time_average_latency");
  }

  private void tailVsShare(final List<PolicySamples> samples) {
    final XYChart chart =
        scatter("AP tail time against the decided f^I share", "f^I / f^max", "tail time (ms)");
    for (final PolicySamples policy : samples) {
      final List<TwinSample> points =
          policy.twins().stream()
              .filter(t -> t.inferenceShare().isPresent() && t.tailMillis().isPresent())
              .toList();
      if (!points.isEmpty()) {
        chart.addSeries(
            policy.policy(),
            points.stream().map(t -> t.inferenceShare().getAsDouble()).toList(),
            points.stream().map(t -> t.tailMillis().getAsDouble()).toList());
      }
    }
    canvas.save(chart, "tail_vs_inference_share");
  }

  private void hashRateVsShare(final List<PolicySamples> samples) {
    final XYChart chart =
        scatter(
            "AP hash rate (read at 80% of slot s) against f^B of slot s − 1",
            "f^B / f^max", "hashes per second");
    for (final PolicySamples policy : samples) {
      final List<ApSample> points =
          policy.aps().stream()
              .filter(a -> a.meteredMiningShare().isPresent() && a.hashRate().isPresent())
              .toList();
      if (!points.isEmpty()) {
        chart.addSeries(
            policy.policy(),
            points.stream().map(a -> a.meteredMiningShare().getAsDouble()).toList(),
            points.stream().map(a -> a.hashRate().getAsDouble()).toList());
      }
    }
    canvas.save(chart, "hashrate_vs_mining_share");
  }

  private void apSeries(
      final List<PolicySamples> samples,
      final String name,
      final String title,
      final Function<ApSample, OptionalDouble> value) {
    final XYChart chart = ChartCanvas.xy(title + " per AP over the run", "slot", title);
    for (final PolicySamples policy : samples) {
      final long first = policy.aps().stream().mapToLong(ApSample::slot).min().orElse(0);
      for (final String ap : policy.aps().stream().map(ApSample::ap).distinct().toList()) {
        final List<Number> x = new ArrayList<>();
        final List<Number> y = new ArrayList<>();
        for (final ApSample sample : policy.aps()) {
          if (sample.ap().equals(ap) && value.apply(sample).isPresent()) {
            x.add(sample.slot() - first);
            y.add(value.apply(sample).getAsDouble());
          }
        }
        if (!x.isEmpty()) {
          ChartCanvas.line(chart.addSeries(policy.policy() + " " + ap, x, y));
        }
      }
    }
    canvas.save(chart, name);
  }

  private static XYChart scatter(final String title, final String x, final String y) {
    final XYChart chart = ChartCanvas.xy(title, x, y);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter).setMarkerSize(5);
    return chart;
  }
}
