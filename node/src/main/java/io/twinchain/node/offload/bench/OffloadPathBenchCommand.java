/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.node.offload.ap.TailService;
import io.twinchain.offload.runtime.ThrottledExecutor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twinchain bench offload-path}: measures head + transfer + tail on the node path (a gateway
 * and an AP on the real P2P stack, mutual TLS on loopback; the AP's tail under its inference share;
 * the transfer streamed in chunks paced at a modelled link rate) for every cut of every zoo model
 * (or the ones named), beside the spec §2 latency model's prediction for the same D, cut, share and
 * rate, calibrated on this machine just before; writes {@code <model>.csv} and {@code <model>.png}
 * per model and {@code summary.txt} (with the load average before and after each model).
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
      description = "Zoo model, repeatable (default: every model of the zoo).")
  private List<String> modelIds = new ArrayList<>();

  @Option(
      names = "--samples",
      description = "D, samples per inference (default: 8 for vibration-cnn, else 16).")
  private Optional<Integer> samples = Optional.empty();

  @Option(
      names = "--share",
      description = "AP inference share f^I/f^max (default: 0.25 for vibration-cnn, else 0.5).")
  private Optional<Double> share = Optional.empty();

  @Option(
      names = "--link-rate",
      description = "Modelled link rate, bit/s (default: 2e6 for vibration-cnn, else 50e6).")
  private Optional<Double> rate = Optional.empty();

  @Option(
      names = "--real-link",
      description =
          "Do not pace: the link is already shaped (e.g. tc tbf) at --link-rate, which then only"
              + " enters the prediction.")
  private boolean realLink;

  @Option(
      names = "--repetitions",
      description = "Measured runs per cut (default: ${DEFAULT-VALUE}).",
      defaultValue = "11")
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
    final List<String> summary = new ArrayList<>();
    try (ModelRuntimes runtimes = new ModelRuntimes(ModelZoo.open(zoo));
        LoopbackOffloadPair pair = new LoopbackOffloadPair(scratch);
        TailService tails = new TailService(runtimes, new ThrottledExecutor())) {
      tails.register(pair.ap().requests());
      pair.connect();
      final OffloadPathExperiment experiment =
          new OffloadPathExperiment(runtimes, pair, tails, warmup, repetitions);
      for (final String id : modelIds.isEmpty() ? runtimes.zoo().ids() : modelIds) {
        final PathScenario scenario = scenario(id);
        final String loadBefore = loadAverage();
        final List<OffloadPathReport.Row> rows = experiment.run(scenario, realLink, console);
        final String line = summaryLine(scenario, rows, loadBefore, loadAverage());
        summary.add(line);
        console.println(line);
        console.flush();
        OffloadPathReport.writeCsv(out.resolve(id + ".csv"), rows);
        OffloadPathReport.writePlot(out.resolve(id + ".png"), title(scenario), rows);
      }
    } finally {
      deleteTree(scratch);
    }
    Files.write(out.resolve("summary.txt"), summary);
    console.printf(Locale.ROOT, "wrote %s%n", out);
    return 0;
  }

  private PathScenario scenario(final String id) {
    final PathScenario base = PathScenario.defaultFor(id);
    return new PathScenario(
        id, samples.orElse(base.samples()), share.orElse(base.share()), rate.orElse(base.rate()));
  }

  private String title(final PathScenario scenario) {
    return String.format(
        Locale.ROOT,
        "%s, D = %d, share %.2f, %s link %.0f Mbit/s",
        scenario.modelId(),
        scenario.samples(),
        scenario.share(),
        realLink ? "shaped" : "modelled",
        scenario.rate() / 1e6);
  }

  private static String summaryLine(
      final PathScenario scenario,
      final List<OffloadPathReport.Row> rows,
      final String loadBefore,
      final String loadAfter) {
    final long within = rows.stream().filter(row -> Math.abs(row.errorPercent()) <= 15).count();
    return String.format(
        Locale.ROOT,
        "%s: within 15%%: %d of %d (D %d, share %.2f, link %.0f Mbit/s; load %s -> %s)",
        scenario.modelId(),
        within,
        rows.size(),
        scenario.samples(),
        scenario.share(),
        scenario.rate() / 1e6,
        loadBefore,
        loadAfter);
  }

  /** The 1-, 5- and 15-minute load averages, as {@code uptime} prints them. */
  private static String loadAverage() throws IOException {
    final Path loadavg = Path.of("/proc/loadavg");
    if (!Files.exists(loadavg)) {
      return "unknown";
    }
    final String[] fields = Files.readString(loadavg).trim().split("\\s+");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }

  private static void deleteTree(final Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
