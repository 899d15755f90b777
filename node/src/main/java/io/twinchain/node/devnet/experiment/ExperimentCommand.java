/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devnet experiment}: runs each policy on its own fresh devnet with the same seeds, samples
 * every slot, and writes per-policy CSV, the figures and {@code summary.md}; with {@code
 * --report-only} it redraws them from the CSV files in {@code --out}.
 */
@Command(
    name = "experiment",
    description =
        "Compare controller policies on fresh devnets with the same seeds: CSV, PNG, summary.")
public final class ExperimentCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--policies",
      split = ",",
      defaultValue = "dpra,fixed-mid-cut,ap-only",
      description = "Policies, the reference first (default: ${DEFAULT-VALUE}).")
  private List<String> policies;

  @Option(
      names = "--slots",
      defaultValue = "300",
      description = "Slots sampled per policy (default: ${DEFAULT-VALUE}).")
  private int slots;

  @Option(
      names = "--warmup-slots",
      defaultValue = "5",
      description = "Slots skipped after the first decision (default: ${DEFAULT-VALUE}).")
  private int warmupSlots;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Controller seed of every run (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--slot-ms",
      defaultValue = "1000",
      description =
          "Slot length of blocks, decisions and receipts, whole seconds (default:"
              + " ${DEFAULT-VALUE}).")
  private long slotMillis;

  @Option(names = "--out", required = true, description = "Output folder.")
  private Path out;

  @Option(
      names = "--port-offset",
      defaultValue = "0",
      description = "Added to every devnet port (default: ${DEFAULT-VALUE}).")
  private int portOffset;

  @Option(names = "--report-only", description = "Redraw from the CSV files in --out.")
  private boolean reportOnly;

  @Override
  public Integer call() throws IOException {
    final PrintWriter console = spec.commandLine().getOut();
    if (slotMillis < 1000 || slotMillis % 1000 != 0) {
      // The devnet's block period is the slot (whole seconds), so that receipts and reputations
      // run on the controller's slot clock.
      throw new ExperimentException("--slot-ms must be whole seconds (1000, 2000, ...)");
    }
    final ExperimentSettings settings =
        new ExperimentSettings(
            policies, slots, warmupSlots, seed, Duration.ofMillis(slotMillis), out, portOffset);
    Files.createDirectories(out);
    final List<PolicySamples> samples = new ArrayList<>();
    for (final String policy : settings.policies()) {
      if (reportOnly) {
        samples.add(SampleCsv.read(out, policy));
      } else {
        final PolicySamples run = new PolicyRun(settings, console).run(policy);
        SampleCsv.write(out, run);
        samples.add(run);
      }
    }
    final List<PolicyResult> results = samples.stream().map(ExperimentStatistics::of).toList();
    new ExperimentCharts(out).writeAll(samples, results);
    final String markdown = ExperimentReport.markdown(results);
    ExperimentReport.write(out, markdown);
    console.println(markdown);
    console.println("CSV, PNG and summary.md in " + out);
    console.flush();
    return 0;
  }
}
