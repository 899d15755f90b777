/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.node.controller.ControllerConfig;
import io.twinchain.node.controller.PolicyCatalog;
import io.twinchain.node.keys.NodeId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The closed loop: which node controls, the slot length, the policy and its twins. */
public final class ControllerOptions {

  @Option(
      names = "--controller-node",
      paramLabel = "NODE_ID",
      description = "Node id (128 hex digits) of the controller; turns the closed loop on.")
  private Optional<String> controller = Optional.empty();

  @Option(
      names = "--slot-length",
      paramLabel = "MILLIS",
      description = "Slot length in milliseconds (default: the genesis block period).")
  private Optional<Integer> slotMillis = Optional.empty();

  @Option(
      names = "--controller-policy",
      paramLabel = "NAME",
      description = "Controller policy: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = PolicyNames.class)
  private String policy = "dpra";

  @Option(names = "--controller-v", paramLabel = "V", description = "Trade-off V (default: 10).")
  private double tradeOff = 10;

  @Option(
      names = "--controller-gamma",
      paramLabel = "GAMMA",
      description = "Long-term contribution target Γ of every AP (default: 0.5).")
  private double gamma = 0.5;

  @Option(
      names = "--controller-twin",
      paramLabel = "THING_ID@GATEWAY",
      split = ",",
      description = "A twin and the index of its gateway in genesis (controller node only).")
  private List<String> twins = List.of();

  @Option(
      names = "--controller-model",
      paramLabel = "NAME",
      description =
          "DNN the controller plans cuts for: a built-in layer table or a zoo model id"
              + " (default: vgg16-cifar10-blocks).")
  private Optional<String> model = Optional.empty();

  @Option(
      names = "--controller-seed",
      paramLabel = "SEED",
      description = "Seed of the policy's random stream (random-cut; default: 1).")
  private long seed = 1;

  /** The policy names, for completion and help. */
  static final class PolicyNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    PolicyNames() {
      super(PolicyCatalog.NAMES);
    }
  }

  /** The checked settings; the loop is off without {@code --controller-node}. */
  public ControllerConfig toConfig(final CommandSpec spec) {
    if (!PolicyCatalog.NAMES.contains(policy)) {
      throw new ParameterException(
          spec.commandLine(),
          "controller-policy: unknown '" + policy + "', known " + PolicyCatalog.NAMES);
    }
    if (!(tradeOff > 0) || !(gamma >= 0 && gamma <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "controller-v must be > 0, controller-gamma in [0, 1]");
    }
    OptionChecks.atLeast(spec, "slot-length", slotMillis.orElse(1), 1);
    final Optional<NodeId> node =
        controller.map(
            hex ->
                NodeId.fromHex(hex)
                    .orElseThrow(
                        () ->
                            new ParameterException(
                                spec.commandLine(), "controller-node: not a node id")));
    final ControllerConfig defaults = ControllerConfig.disabled();
    return new ControllerConfig(
        node,
        slotMillis.map(Duration::ofMillis),
        policy,
        tradeOff,
        gamma,
        twins.stream().map(t -> placement(spec, t)).toList(),
        model.orElse(defaults.model()),
        defaults.defaultLinkRate(),
        seed);
  }

  private static ControllerConfig.TwinPlacement placement(
      final CommandSpec spec, final String text) {
    final int at = text.lastIndexOf('@');
    try {
      if (at <= 0) {
        throw new NumberFormatException("no @");
      }
      return new ControllerConfig.TwinPlacement(
          text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(),
          "controller-twin: expected THING_ID@GATEWAY_INDEX, got '" + text + "'");
    }
  }
}
