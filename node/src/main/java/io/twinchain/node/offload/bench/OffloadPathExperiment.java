/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.node.offload.ap.TailService;
import io.twinchain.node.offload.gateway.LinkPacing;
import io.twinchain.node.offload.gateway.OffloadClient;
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

/**
 * One model on a connected {@link LoopbackOffloadPair}: calibrates the latency model for the
 * scenario's D on this machine now ({@link BatchCalibrator}, {@link RequestCostProbe}), then
 * measures every cut on the node path and pairs it with the model's prediction.
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

  /** Runs {@code scenario}, with the link paced at its rate unless {@code realLink}. */
  List<OffloadPathReport.Row> run(
      final PathScenario scenario, final boolean realLink, final PrintWriter console)
      throws ExecutionException, InterruptedException {
    final ZooModel model = runtimes.zoo().model(scenario.modelId());
    final Tensor input =
        SampleInputs.uniform(model.layers(), scenario.samples(), new SplittableRandom(42));
    tails.setInferenceShare(1);
    final double request =
        new RequestCostProbe(runtimes, pair.gateway().requests(), pair.ap().id())
            .measure(model, warmup * 3, repetitions * 3);
    final BatchCalibration calibration =
        new BatchCalibrator(warmup, repetitions)
            .calibrate(model.id(), runtimes.model(model.id()), input);
    final PathPrediction prediction = new PathPrediction(calibration, request);
    console.printf(
        Locale.ROOT,
        "%s: D %d, share %.2f, link %.0f Mbit/s; calibrated φ_G·f %.3g FLOP/s, φ_A·f %.3g FLOP/s,"
            + " τ^req %.2f ms%n",
        model.id(),
        scenario.samples(),
        scenario.share(),
        scenario.rate() / 1e6,
        calibration.gatewayFlopsPerSecond(),
        calibration.apFlopsPerSecond(),
        request * 1e3);
    tails.setInferenceShare(scenario.share());
    final OffloadClient client =
        new OffloadClient(
            runtimes,
            pair.gateway().requests(),
            realLink ? LinkPacing.real() : LinkPacing.modelled(scenario::rate, Pacer.SYSTEM),
            new ThroughputEstimator(),
            Duration.ofMinutes(2));
    final OffloadPathRun runs = new OffloadPathRun(client, pair.ap().id(), warmup, repetitions);
    final List<OffloadPathReport.Row> rows = new ArrayList<>();
    for (int cut = 0; cut <= model.layers().depth(); cut++) {
      final OffloadPathReport.Row row =
          new OffloadPathReport.Row(
              runs.measure(model.id(), cut, input),
              prediction.predict(cut, scenario.share(), scenario.rate()));
      rows.add(row);
      console.printf(
          Locale.ROOT,
          "  l=%2d  measured %8.2f ms  predicted %8.2f ms  (%+.1f %%)%n",
          cut,
          row.measured().total() * 1e3,
          row.predicted().total() * 1e3,
          row.errorPercent());
      console.flush();
    }
    return rows;
  }
}
