/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.util.List;
import java.util.Map;

/**
 * One process of the devnet, as {@code devnet up} starts it.
 *
 * @param name stable name ({@code broker}, {@code ap-1}, {@code gateway-2}, {@code simulator})
 * @param kind what it runs
 * @param arguments the {@code twinchain} CLI arguments (after the jar)
 * @param healthPort HTTP port answering {@code GET /readiness}
 * @param ports every port it listens on, by purpose (checked free before starting)
 */
public record DevnetProcess(
    String name, Kind kind, List<String> arguments, int healthPort, Map<String, Integer> ports) {

  /** What a devnet process runs. */
  public enum Kind {
    /** The MQTT broker, which also serves the explorer page. */
    BROKER,
    /** An access point node. */
    AP,
    /** A gateway node. */
    GATEWAY,
    /** The device simulator. */
    SIMULATOR;

    /** Whether it is a chain node (answers JSON-RPC). */
    public boolean isNode() {
      return this == AP || this == GATEWAY;
    }

    /** Whether it connects to the MQTT broker as it starts, so must wait for the broker. */
    public boolean needsBroker() {
      return this == GATEWAY || this == SIMULATOR;
    }
  }

  /** The port for {@code purpose}, e.g. {@code rpc-http}; throws if it has none. */
  public int port(final String purpose) {
    final Integer port = ports.get(purpose);
    if (port == null) {
      throw new IllegalArgumentException(name + " has no " + purpose + " port");
    }
    return port;
  }
}
