/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.node.offload.ap.TailService;
import io.twinchain.node.offload.gateway.LinkPacing;
import io.twinchain.node.offload.gateway.OffloadClient;
import io.twinchain.offload.link.ThroughputEstimator;
import io.twinchain.offload.runtime.Pacer;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.runtime.ThrottledExecutor;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import io.twinchain.offload.zoo.ZooModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twinchain bench offload-path}: measures head + transfer + tail on the node path (a gateway
 * and an AP on the real P2P stack, mutual TLS on loopback; the AP's tail under its inference share;
 * the transfer paced at a modelled link rate) for every cut of a zoo model, beside the spec §2
 * latency model's prediction for the same D, cut, share and rate; writes {@code offload-path.csv}
 * and {@code offload-path.png}.
 */
@Command(
    name = "offload-path",
    description = "Measured vs predicted end-to-end latency of the offload path, per cut point.")
public final class OffloadPathBenchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--zoo",
      description = "Model zoo (default: ${DEFAULT-VALUE}).",
      defaultValue = "offload/models")
  private Path zoo;

  @Option(
      names = "--model",
      description = "Zoo model (default: ${DEFAULT-VALUE}).",
      defaultValue = "vgg16-cifar")
  private String modelId;

  @Option(
      names = "--samples",
      description = "D, samples per inference (default: ${DEFAULT-VALUE}).",
      defaultValue = "16")
  private int samples;

  @Option(
      names = "--share",
      description = "AP inference share f^I/f^max (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.5")
  private double share;

  @Option(
      names = "--link-rate",
      description = "Modelled link rate, bit/s (default: ${DEFAULT-VALUE}).",
      defaultValue = "100e6")
  private double rate;

  @Option(
      names = "--real-link",
      description =
          "Do not pace: the link is already shaped (e.g. tc tbf) at --link-rate, which then only"
              + " enters the prediction.")
  private boolean realLink;

  @Option(
      names = "--repetitions",
      description = "Measured runs per cut (default: ${DEFAULT-VALUE}).",
      defaultValue = "9")
  private int repetitions;

  @Option(
      names = "--warmup",
      description = "Warm-up runs per cut (default: ${DEFAULT-VALUE}).",
      defaultValue = "3")
  private int warmup;

  @Option(
      names = "--out",
      description = "Output directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "target/offload-path")
  private Path out;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    final PrintWriter console = spec.commandLine().getOut();
    final Path scratch = Files.createTempDirectory("offload-path");
    try (ModelRuntimes runtimes = new ModelRuntimes(ModelZoo.open(zoo));
        LoopbackOffloadPair pair = new LoopbackOffloadPair(scratch);
        TailService tails = new TailService(runtimes, new ThrottledExecutor())) {
      tails.setInferenceShare(share);
      tails.register(pair.ap().requests());
      pair.connect();
      final OffloadClient client =
          new OffloadClient(
              runtimes,
              pair.gateway().requests(),
              realLink ? LinkPacing.real() : LinkPacing.modelled(() -> rate, Pacer.SYSTEM),
              new ThroughputEstimator(),
              Duration.ofMinutes(2));
      final ZooModel model = runtimes.zoo().model(modelId);
      final PathPrediction prediction = new PathPrediction(model);
      final Tensor input = SampleInputs.uniform(model.layers(), samples, new SplittableRandom(42));
      final OffloadPathRun run = new OffloadPathRun(client, pair.ap().id(), warmup, repetitions);
      final List<OffloadPathReport.Row> rows = new ArrayList<>();
      for (final int cut : IntStream.rangeClosed(0, model.layers().depth()).toArray()) {
        final OffloadPathReport.Row row =
            new OffloadPathReport.Row(
                run.measure(modelId, cut, input), prediction.predict(samples, cut, share, rate));
        rows.add(row);
        console.printf(
            Locale.ROOT,
            "l=%2d  measured %8.2f ms  predicted %8.2f ms  (%+.1f %%)%n",
            cut,
            row.measured().total() * 1e3,
            row.predicted().total() * 1e3,
            row.errorPercent());
        console.flush();
      }
      OffloadPathReport.writeCsv(out.resolve("offload-path.csv"), rows);
      OffloadPathReport.writePlot(
          out.resolve("offload-path.png"),
          String.format(
              Locale.ROOT,
              "%s, D = %d, share %.2f, %s link %.0f Mbit/s, φf = %.3g FLOP/s",
              modelId,
              samples,
              share,
              realLink ? "shaped" : "modelled",
              rate / 1e6,
              prediction.flopsPerSecond()),
          rows);
      final long within = rows.stream().filter(row -> Math.abs(row.errorPercent()) <= 15).count();
      console.printf(
          Locale.ROOT, "%d of %d cuts within 15 %%; wrote %s%n", within, rows.size(), out);
    } finally {
      deleteTree(scratch);
    }
    return 0;
  }

  private static void deleteTree(final Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      for (final Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
