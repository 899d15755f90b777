/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.node.app.NodeConfiguration.HostPort;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The Prometheus metrics and health endpoint. */
public final class MetricsOptions {

  @Option(
      names = "--metrics-enabled",
      arity = "1",
      paramLabel = "BOOL",
      description = "Serve /metrics, /liveness, /readiness (default: ${DEFAULT-VALUE}).",
      defaultValue = "false")
  private boolean enabled;

  @Option(
      names = "--metrics-host",
      paramLabel = "HOST",
      description = "Metrics interface (default: ${DEFAULT-VALUE}).",
      defaultValue = "127.0.0.1")
  private String host;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      description = "Metrics port (default: ${DEFAULT-VALUE}).",
      defaultValue = "9545")
  private int port;

  public Optional<HostPort> address(final CommandSpec spec) {
    OptionChecks.port(spec, "metrics-port", port);
    return enabled ? Optional.of(new HostPort(host, port)) : Optional.empty();
  }
}
