/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.node.p2p.P2PConfig;
import io.twinchain.node.permissions.EnodeUrl;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** P2P listener, advertised address, limits and bootnodes. */
public final class P2POptions {

  @Option(
      names = "--p2p-host",
      paramLabel = "HOST",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.0.0.0")
  private String host;

  @Option(
      names = "--p2p-port",
      paramLabel = "PORT",
      description = "P2P TCP port (default: ${DEFAULT-VALUE}).",
      defaultValue = "30303")
  private int port;

  @Option(
      names = "--p2p-advertised-host",
      paramLabel = "HOST",
      description = "Host in our enode URL (default: ${DEFAULT-VALUE}).",
      defaultValue = "127.0.0.1")
  private String advertisedHost;

  @Option(
      names = "--max-peers",
      paramLabel = "N",
      description = "Most peers (default: ${DEFAULT-VALUE}).",
      defaultValue = "25")
  private int maxPeers;

  @Option(
      names = "--p2p-max-message-size",
      paramLabel = "BYTES",
      description = "Largest P2P frame (default: ${DEFAULT-VALUE}).",
      defaultValue = "16777216")
  private int maxMessageSize;

  @Option(
      names = "--bootnodes",
      paramLabel = "ENODE",
      split = ",",
      description = "enode URLs to dial at start.")
  private List<String> bootnodes = List.of();

  /** Checks the values and builds the P2P settings. */
  public P2PConfig toConfig(final CommandSpec spec) {
    OptionChecks.port(spec, "p2p-port", port);
    OptionChecks.atLeast(spec, "max-peers", maxPeers, 1);
    OptionChecks.atLeast(spec, "p2p-max-message-size", maxMessageSize, 1024);
    for (final String enode : bootnodes) {
      if (EnodeUrl.parse(enode).isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "bootnodes: '" + enode + "' is not an enode URL (enode://<128 hex>@host:port)");
      }
    }
    return new P2PConfig(
        host,
        port,
        advertisedHost,
        maxMessageSize,
        maxPeers,
        Duration.ofSeconds(10),
        Duration.ofSeconds(5));
  }

  public List<String> bootnodes() {
    return List.copyOf(bootnodes);
  }
}
