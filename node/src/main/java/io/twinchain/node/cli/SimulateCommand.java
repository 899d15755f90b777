/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import io.twinchain.offload.report.InvalidConfigException;
import io.twinchain.offload.report.ProgressBar;
import io.twinchain.offload.report.SimulationConfigReader;
import io.twinchain.offload.report.SimulationReport;
import io.twinchain.offload.sim.Simulation;
import io.twinchain.offload.sim.SimulationConfig;
import io.twinchain.offload.sim.SimulationResults;
import io.twinchain.offload.sim.SlotProgress;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twinchain simulate --config FILE --out DIR}: runs the slot-level simulation of the DPRA
 * controller and its baselines (spec §6) and writes CSV tables, PNG figures and a summary.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Simulate DPRA against the baselines over T slots and seeds; write CSV, PNG and summary.md.")
final class SimulateCommand implements Callable<Integer> {

  /** Exit code for a config that cannot be used. */
  static final int BAD_CONFIG = 2;

  /** Exit code when the output directory cannot be written. */
  static final int CANNOT_WRITE = 3;

  /** Prefix naming a config shipped in the jar. */
  private static final String BUILT_IN = "builtin:";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "JSON config file, or builtin:default / builtin:small-oracle (shipped in the jar);"
              + " absent fields take the spec §6.3 defaults. Default: builtin:default.")
  private Optional<String> config = Optional.empty();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  private Path out;

  @Option(names = "--quiet", description = "No progress bar.")
  private boolean quiet;

  private static SimulationConfig load(final String source) {
    return source.startsWith(BUILT_IN)
        ? SimulationConfigReader.readBuiltIn(
            "/sim/" + source.substring(BUILT_IN.length()) + ".json")
        : SimulationConfigReader.read(Path.of(source));
  }

  @Override
  public Integer call() {
    final SimulationConfig settings;
    try {
      settings = config.map(SimulateCommand::load).orElseGet(SimulationConfigReader::readDefault);
    } catch (final InvalidConfigException e) {
      System.err.println("twinchain simulate: " + e.getMessage());
      return BAD_CONFIG;
    }
    final long started = System.nanoTime();
    final SimulationResults results =
        new Simulation(
                settings,
                quiet ? SlotProgress.NONE : new ProgressBar(System.err, settings.totalSlots()))
            .run();
    try {
      SimulationReport.write(results, out);
    } catch (final UncheckedIOException e) {
      System.err.println(
          "twinchain simulate: " + e.getMessage() + ": " + e.getCause().getMessage());
      return CANNOT_WRITE;
    }
    final double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "simulated %,d slots in %.1f s (%,.0f slots/s); wrote CSV, PNG and summary.md to %s%n",
        settings.totalSlots(), seconds, settings.totalSlots() / seconds, out.toAbsolutePath());
    return 0;
  }
}
