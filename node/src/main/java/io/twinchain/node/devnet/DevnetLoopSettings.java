/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import io.twinchain.node.keys.NodeKeyFile;
import io.twinchain.node.offload.OffloadConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the slot loop on in a generated devnet: every gateway offloads its machines' inference to
 * one AP (gateway {@code g} to AP {@code g mod APs}), and every node follows the controller on
 * gateway-1, which genesis makes ControllerLog's writer. Node ids exist only once the keys are
 * generated, so the settings are appended to each node's {@code config.toml} afterwards, with the
 * {@link LoopChoice} (policy, seed, slot length).
 */
final class DevnetLoopSettings {

  /**
   * The gateway → AP uplink the gateways pace their transfers at: the spec's §6.3 link (≈ 15 Mbit/s
   * at 100 m with B = 1 MHz), not the loopback's, so that the devnet has the system model's link as
   * it has its gateway CPU (A-CTRL-LIVE-DEVNET-LINK).
   */
  static final long LINK_BITS_PER_SECOND = 15_000_000;

  private DevnetLoopSettings() {}

  static void append(final DevnetLayout layout, final LoopChoice choice) throws IOException {
    final List<String> gateways = layout.gatewayNames();
    final String controller = nodeId(layout, gateways.getFirst());
    final String twins = quotedList(controlledTwins(layout, gateways.size()));
    final int accessPoints = layout.accessPoints();
    for (int index = 0; index < accessPoints + gateways.size(); index++) {
      final String name = layout.nodeName(index);
      final StringBuilder toml =
          new StringBuilder("\n# devnet slot loop\n")
              .append("controller-node=\"")
              .append(controller)
              .append("\"\ncontroller-model=\"")
              .append(OffloadConfig.DEFAULT_MODEL)
              .append("\"\ncontroller-twin=")
              .append(twins)
              .append('\n')
              .append(choice.toml());
      if (index >= accessPoints) {
        final int gateway = index - accessPoints;
        toml.append("offload-ap=\"")
            .append(nodeId(layout, layout.nodeName(gateway % accessPoints)))
            .append("\"\noffload-link-rate=")
            .append(LINK_BITS_PER_SECOND)
            .append('\n');
      }
      Files.writeString(
          layout.dataDir().resolve(name).resolve("config.toml"),
          toml.toString(),
          StandardOpenOption.APPEND);
    }
  }

  /**
   * The simulated machines as {@code devnet:machine-NN@gatewayIndex}; real pumps are not planned.
   */
  private static List<String> controlledTwins(final DevnetLayout layout, final int gateways) {
    final List<String> twins = new ArrayList<>();
    for (int gateway = 0; gateway < gateways; gateway++) {
      for (final String device : layout.devicesOf(gateway)) {
        if (device.startsWith("machine-")) {
          twins.add(DevnetLayout.NAMESPACE + ":" + device + "@" + gateway);
        }
      }
    }
    return twins;
  }

  private static String nodeId(final DevnetLayout layout, final String name) throws IOException {
    return NodeKeyFile.load(layout.dataDir().resolve(name).resolve("key")).nodeId().toHex();
  }

  private static String quotedList(final List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
  }
}
