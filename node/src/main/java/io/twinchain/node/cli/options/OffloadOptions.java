/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.offload.OffloadConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The DNN offload runtime: zoo, default partition, slot length, link model, AP share. */
public final class OffloadOptions {

  @Option(
      names = "--offload-zoo",
      paramLabel = "DIR",
      description = "Model zoo directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "offload/models")
  private Path zoo;

  @Option(
      names = "--offload-model",
      paramLabel = "ID",
      description = "Model of every twin until the controller decides (default: ${DEFAULT-VALUE}).",
      defaultValue = OffloadConfig.DEFAULT_MODEL)
  private String model;

  @Option(
      names = "--offload-cut",
      paramLabel = "L",
      description =
          "Fixed partition point until the controller decides (default: ${DEFAULT-VALUE}).",
      defaultValue = "5")
  private int cut;

  @Option(
      names = "--offload-ap",
      paramLabel = "NODE_ID",
      description = "Gateway: node id (128 hex digits) of the AP to offload to.")
  private Optional<String> ap = Optional.empty();

  @Option(
      names = "--offload-slot-ms",
      paramLabel = "MS",
      description = "Gateway: slot length in milliseconds (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  private int slotMillis;

  @Option(
      names = "--offload-link-rate",
      paramLabel = "BIT_PER_S",
      description = "Gateway: pace transfers at this modelled rate (default: the real link).")
  private Optional<Double> linkRate = Optional.empty();

  @Option(
      names = "--offload-rate-trace",
      paramLabel = "CSV",
      description = "Gateway: per-slot modelled rates (column rate_bps); overrides the rate.")
  private Optional<Path> rateTrace = Optional.empty();

  @Option(
      names = "--offload-inference-share",
      paramLabel = "S",
      description = "AP: initial inference share f^I/f^max in [0, 1] (default: ${DEFAULT-VALUE}).",
      defaultValue = "1.0")
  private double inferenceShare;

  /** Checks the values and builds the offload settings. */
  public OffloadConfig toConfig(final CommandSpec spec) {
    OptionChecks.atLeast(spec, "offload-cut", cut, 0);
    OptionChecks.atLeast(spec, "offload-slot-ms", slotMillis, 1);
    if (!(inferenceShare >= 0 && inferenceShare <= 1)) {
      throw new ParameterException(spec.commandLine(), "offload-inference-share must be in [0, 1]");
    }
    if (linkRate.isPresent() && !(linkRate.get() > 0 && Double.isFinite(linkRate.get()))) {
      throw new ParameterException(spec.commandLine(), "offload-link-rate must be > 0 bit/s");
    }
    return new OffloadConfig(
        zooDirectory(),
        model,
        cut,
        apNode(spec),
        Duration.ofMillis(slotMillis),
        linkRate,
        rateTrace,
        inferenceShare,
        OffloadConfig.defaults().historySlots());
  }

  /**
   * The zoo as given; a relative path missing from the working directory is looked up beside the
   * source tree the node jar was built in ({@code node/target/..}), so nodes started from another
   * directory (the devnet's, a service manager's) still find the repository's models.
   */
  private Path zooDirectory() {
    if (zoo.isAbsolute() || Files.isDirectory(zoo)) {
      return zoo;
    }
    return jarDirectory()
        .map(dir -> dir.resolve("..").resolve("..").resolve(zoo).normalize())
        .filter(Files::isDirectory)
        .orElse(zoo);
  }

  private static Optional<Path> jarDirectory() {
    try {
      return Optional.ofNullable(OffloadOptions.class.getProtectionDomain().getCodeSource())
          .map(source -> Path.of(source.getLocation().getPath()).getParent());
    } catch (final SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<NodeId> apNode(final CommandSpec spec) {
    if (ap.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        NodeId.fromHex(ap.get())
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), "offload-ap must be a node id of 128 hex digits")));
  }
}
