/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.io.PrintWriter;

/**
 * What {@code devnet up} prints once everything is ready: every endpoint, the MQTT topics, the
 * explorer and the prefunded dev accounts. The last line, {@value #READY_LINE}, tells scripts the
 * devnet is usable.
 */
public final class EndpointReport {
  /** Printed last, once every endpoint answers. */
  public static final String READY_LINE = "devnet is up.";

  private EndpointReport() {}

  /** Prints the report of {@code layout}. */
  public static void print(final DevnetLayout layout, final PrintWriter out) {
    final String host = layout.host();
    out.println();
    out.println("Nodes");
    out.printf("  %-10s %-28s %-26s %s%n", "name", "JSON-RPC HTTP", "JSON-RPC WS", "metrics");
    for (final DevnetProcess node : layout.nodes()) {
      out.printf(
          "  %-10s %-28s %-26s %s%n",
          node.name(),
          "http://" + host + ":" + node.port("rpc-http"),
          "ws://" + host + ":" + node.port("rpc-ws"),
          "http://" + host + ":" + node.port("metrics") + "/metrics");
    }
    out.println();
    out.println("MQTT broker    " + layout.mqttUrl());
    out.println("  devices publish  twinchain/{gateway}/{device}/telemetry   (JSON, QoS 1)");
    out.println(
        "  registered       "
            + layout.dataDir().resolve("{gateway}").resolve(DevnetLayout.DEVICES_FILE)
            + " (namespace "
            + DevnetLayout.NAMESPACE
            + ")");
    out.println("  fault injection  " + SimulatorTopics.fault("{device}"));
    out.println("  gateways         " + String.join(", ", layout.gatewayNames()));
    out.println(
        "  simulator        "
            + layout.devices()
            + " machines, metrics http://"
            + host
            + ":"
            + layout.process("simulator").orElseThrow().healthPort()
            + "/metrics");
    out.println();
    out.println("Explorer       " + layout.explorerUrl());
    out.println();
    out.println(
        "Prefunded accounts -- DEV ONLY: these private keys are public, never use them elsewhere");
    for (final DevAccount account : DevAccount.all()) {
      out.println("  " + account.address() + "  private key " + account.privateKey());
    }
    out.println();
    out.println("Logs: twinchain devnet logs NODE    Stop: twinchain devnet down (or Ctrl-C here)");
    out.println(READY_LINE);
    out.flush();
  }
}
