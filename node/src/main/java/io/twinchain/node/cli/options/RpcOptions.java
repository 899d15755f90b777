/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.node.app.JsonRpcServices;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.http.JsonRpcServerConfig;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** JSON-RPC over HTTP and WebSocket: listeners, namespaces and limits. */
public final class RpcOptions {

  @Option(
      names = "--rpc-http-enabled",
      arity = "1",
      paramLabel = "BOOL",
      description = "Serve JSON-RPC over HTTP (default: ${DEFAULT-VALUE}).",
      defaultValue = "true")
  private boolean httpEnabled;

  @Option(
      names = "--rpc-http-host",
      paramLabel = "HOST",
      description = "HTTP interface (default: ${DEFAULT-VALUE}).",
      defaultValue = "127.0.0.1")
  private String httpHost;

  @Option(
      names = "--rpc-http-port",
      paramLabel = "PORT",
      description = "HTTP port (default: ${DEFAULT-VALUE}).",
      defaultValue = "8545")
  private int httpPort;

  @Option(
      names = "--rpc-ws-enabled",
      arity = "1",
      paramLabel = "BOOL",
      description = "Serve JSON-RPC over WebSocket (default: ${DEFAULT-VALUE}).",
      defaultValue = "true")
  private boolean wsEnabled;

  @Option(
      names = "--rpc-ws-host",
      paramLabel = "HOST",
      description = "WebSocket interface (default: ${DEFAULT-VALUE}).",
      defaultValue = "127.0.0.1")
  private String wsHost;

  @Option(
      names = "--rpc-ws-port",
      paramLabel = "PORT",
      description = "WebSocket port (default: ${DEFAULT-VALUE}).",
      defaultValue = "8546")
  private int wsPort;

  @Option(
      names = "--rpc-http-api",
      paramLabel = "API",
      split = ",",
      description = "Enabled namespaces: WEB3, NET, ETH, ADMIN, PERM (default: ${DEFAULT-VALUE}).",
      defaultValue = "WEB3,NET,ETH")
  private List<String> apis;

  @Option(
      names = "--rpc-http-cors-origins",
      paramLabel = "ORIGIN",
      split = ",",
      description = "Browser origins allowed (default: none; * for all).")
  private List<String> corsOrigins = List.of();

  @Option(
      names = "--host-allowlist",
      paramLabel = "HOST",
      split = ",",
      description = "Host header names served (default: ${DEFAULT-VALUE}; * for all).",
      defaultValue = "localhost,127.0.0.1")
  private List<String> hostAllowlist;

  @Option(
      names = "--rpc-http-max-active-connections",
      paramLabel = "N",
      description = "Open connections per server (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + JsonRpcServerConfig.DEFAULT_MAX_ACTIVE_CONNECTIONS)
  private int maxConnections;

  @Option(
      names = "--rpc-http-max-request-content-length",
      paramLabel = "BYTES",
      description = "Largest request body (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + JsonRpcServerConfig.DEFAULT_MAX_REQUEST_BYTES)
  private int maxRequestBytes;

  @Option(
      names = "--rpc-http-max-batch-size",
      paramLabel = "N",
      description = "Most requests per batch (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + JsonRpcServices.DEFAULT_MAX_BATCH_SIZE)
  private int maxBatchSize;

  public Optional<JsonRpcServerConfig> http(final CommandSpec spec) {
    OptionChecks.port(spec, "rpc-http-port", httpPort);
    return httpEnabled ? Optional.of(server(spec, httpHost, httpPort)) : Optional.empty();
  }

  public Optional<JsonRpcServerConfig> ws(final CommandSpec spec) {
    OptionChecks.port(spec, "rpc-ws-port", wsPort);
    return wsEnabled ? Optional.of(server(spec, wsHost, wsPort)) : Optional.empty();
  }

  /** The enabled namespaces; an unknown name is an error naming the key. */
  public Set<RpcApi> apis(final CommandSpec spec) {
    final Set<RpcApi> enabled = EnumSet.noneOf(RpcApi.class);
    for (final String name : apis) {
      enabled.add(
          RpcApi.parse(name)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "rpc-http-api: unknown namespace '"
                              + name
                              + "' (expected one of "
                              + java.util.Arrays.toString(RpcApi.values())
                              + ")")));
    }
    return enabled;
  }

  public int maxBatchSize(final CommandSpec spec) {
    OptionChecks.atLeast(spec, "rpc-http-max-batch-size", maxBatchSize, 1);
    return maxBatchSize;
  }

  private JsonRpcServerConfig server(final CommandSpec spec, final String host, final int port) {
    OptionChecks.atLeast(spec, "rpc-http-max-active-connections", maxConnections, 1);
    OptionChecks.atLeast(spec, "rpc-http-max-request-content-length", maxRequestBytes, 128);
    return new JsonRpcServerConfig(
        host, port, maxConnections, maxRequestBytes, hostAllowlist, corsOrigins);
  }
}
