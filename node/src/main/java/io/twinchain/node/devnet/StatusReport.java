/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code devnet status}: for every process whether it runs (PID) and is ready ({@code /readiness});
 * for nodes also the chain head ({@code eth_blockNumber}), peers ({@code net_peerCount}) and the
 * controller's current slot ({@value #SLOT_METHOD}, {@code currentSlot}), each shown as {@code -}
 * with the reason when the node cannot answer it.
 */
public final class StatusReport {
  /** The controller's JSON-RPC method for the current slot. */
  static final String SLOT_METHOD = "ctrl_getState";

  private StatusReport() {}

  /** Prints the status table; returns how many processes are not running or not ready. */
  public static int print(final DevnetLayout layout, final PrintWriter out) throws IOException {
    final ProcessTable table = new ProcessTable(layout.dataDir());
    final DevnetHttp http = new DevnetHttp(layout.host());
    out.printf(
        "%-10s %-9s %-9s %-6s %-6s %s%n", "process", "pid", "health", "head", "peers", "slot");
    int unhealthy = 0;
    for (final DevnetProcess process : layout.processes()) {
      final var alive = table.alive(process.name());
      final boolean ready = alive.isPresent() && http.ready(process.healthPort());
      if (!ready) {
        unhealthy++;
      }
      final String pid = alive.map(p -> Long.toString(p.pid())).orElse("stopped");
      final String health = alive.isEmpty() ? "-" : ready ? "ready" : "not ready";
      if (process.kind().isNode() && alive.isPresent()) {
        final int rpc = process.port("rpc-http");
        out.printf(
            "%-10s %-9s %-9s %-6s %-6s %s%n",
            process.name(),
            pid,
            health,
            http.call(rpc, "eth_blockNumber").quantity(),
            http.call(rpc, "net_peerCount").quantity(),
            http.call(rpc, SLOT_METHOD).member("currentSlot").quantity());
      } else {
        out.printf("%-10s %-9s %s%n", process.name(), pid, health);
      }
    }
    out.flush();
    return unhealthy;
  }
}
