/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.node.offload.ap.TailService;
import io.twinchain.node.offload.gateway.LatencyParts;
import io.twinchain.node.offload.gateway.LinkPacing;
import io.twinchain.node.offload.gateway.OffloadClient;
import io.twinchain.node.offload.gateway.OffloadOutcome;
import io.twinchain.offload.link.ThroughputEstimator;
import io.twinchain.offload.profile.BatchCalibration;
import io.twinchain.offload.profile.BatchCalibrator;
import io.twinchain.offload.runtime.Pacer;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ZooModel;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

/**
 * One model on a connected {@link LoopbackOffloadPair}: measures every cut on the node path and
 * calibrates the latency model for the scenario's D on this machine at the same time ({@link
 * BatchCalibrator}, {@link RequestCostProbe}), then pairs each cut's medians with the model's
 * prediction.
 */
final class OffloadPathExperiment {
  private final ModelRuntimes runtimes;
  private final LoopbackOffloadPair pair;
  private final TailService tails;
  private final int warmup;
  private final int repetitions;

  OffloadPathExperiment(
      final ModelRuntimes runtimes,
      final LoopbackOffloadPair pair,
      final TailService tails,
      final int warmup,
      final int repetitions) {
    this.runtimes = runtimes;
    this.pair = pair;
    this.tails = tails;
    this.warmup = warmup;
    this.repetitions = repetitions;
  }

  /**
   * Runs {@code scenario}, with the link paced at its rate unless {@code realLink}: in each round,
   * one τ^req probe, then per cut one calibration sample and one run on the path, so that load
   * changes on the machine hit calibration and measurement alike; the first {@code warmup} rounds
   * are discarded.
   */
  List<OffloadPathReport.Row> run(
      final PathScenario scenario, final boolean realLink, final PrintWriter console)
      throws ExecutionException, InterruptedException {
    final ZooModel model = runtimes.zoo().model(scenario.modelId());
    final int depth = model.layers().depth();
    final Tensor input =
        SampleInputs.uniform(model.layers(), scenario.samples(), new SplittableRandom(42));
    tails.setInferenceShare(scenario.share());
    final BatchCalibrator calibrator =
        new BatchCalibrator(model.id(), runtimes.model(model.id()), input);
    final List<Long> requestNanos = new ArrayList<>();
    final List<List<LatencyParts>> runs = new ArrayList<>();
    final long[] cutBytes = new long[depth + 1];
    IntStream.rangeClosed(0, depth).forEach(cut -> runs.add(new ArrayList<>()));
    final OffloadPathRun path = path(scenario, realLink);
    final RequestCostProbe probe =
        new RequestCostProbe(runtimes, pair.gateway().requests(), pair.ap().id());
    for (int round = 0; round < warmup + repetitions; round++) {
      final boolean record = round >= warmup;
      final long request = probe.once(model);
      for (int cut = 0; cut <= depth; cut++) {
        calibrator.sample(cut, record);
        final OffloadOutcome outcome = path.once(model.id(), cut, input);
        cutBytes[cut] = outcome.cutBytes();
        if (record) {
          runs.get(cut).add(outcome.latency());
        }
      }
      if (record) {
        requestNanos.add(request);
      }
    }
    return rows(scenario, calibrator.fit(), median(requestNanos) / 1e9, runs, cutBytes, console);
  }

  private OffloadPathRun path(final PathScenario scenario, final boolean realLink) {
    return new OffloadPathRun(
        new OffloadClient(
            runtimes,
            pair.gateway().requests(),
            realLink ? LinkPacing.real() : LinkPacing.modelled(scenario::rate, Pacer.SYSTEM),
            new ThroughputEstimator(),
            Duration.ofMinutes(2)),
        pair.ap().id());
  }

  private static List<OffloadPathReport.Row> rows(
      final PathScenario scenario,
      final BatchCalibration calibration,
      final double requestSeconds,
      final List<List<LatencyParts>> runs,
      final long[] cutBytes,
      final PrintWriter console) {
    final PathPrediction prediction = new PathPrediction(calibration, requestSeconds);
    console.printf(
        Locale.ROOT,
        "%s: D %d, share %.2f, link %.0f Mbit/s; calibrated φ_G·f %.3g FLOP/s, φ_A·f %.3g FLOP/s,"
            + " τ^req %.2f ms%n",
        scenario.modelId(),
        scenario.samples(),
        scenario.share(),
        scenario.rate() / 1e6,
        calibration.gatewayFlopsPerSecond(),
        calibration.apFlopsPerSecond(),
        requestSeconds * 1e3);
    final List<OffloadPathReport.Row> rows = new ArrayList<>();
    for (int cut = 0; cut < runs.size(); cut++) {
      final OffloadPathReport.Row row =
          new OffloadPathReport.Row(
              PathMeasurement.of(cut, cutBytes[cut], runs.get(cut)),
              prediction.predict(cut, scenario.share(), scenario.rate()));
      rows.add(row);
      console.printf(
          Locale.ROOT,
          "  l=%2d  measured %8.2f ms  predicted %8.2f ms  (%+.1f %%)%n",
          cut,
          row.measured().total() * 1e3,
          row.predicted().total() * 1e3,
          row.errorPercent());
    }
    console.flush();
    return rows;
  }

  private static double median(final List<Long> values) {
    final long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }
}
