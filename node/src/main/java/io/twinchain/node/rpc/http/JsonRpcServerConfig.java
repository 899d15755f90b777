/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.http;

import java.util.List;

/**
 * Settings shared by the HTTP and WebSocket JSON-RPC servers.
 *
 * @param host interface to listen on
 * @param port TCP port (0 picks a free one)
 * @param maxActiveConnections connections beyond this are closed on accept
 * @param maxRequestBytes largest request body or WebSocket message
 * @param hostAllowlist accepted {@code Host} header names; {@code *} accepts any
 * @param corsOrigins accepted browser origins; {@code *} accepts any, empty accepts none
 */
public record JsonRpcServerConfig(
    String host,
    int port,
    int maxActiveConnections,
    int maxRequestBytes,
    List<String> hostAllowlist,
    List<String> corsOrigins) {

  /**
   * Default connection limit. Besu's 80 starved clients that pool connections (besu #3758); a few
   * thousand idle HTTP connections cost little memory on an event loop.
   */
  public static final int DEFAULT_MAX_ACTIVE_CONNECTIONS = 2048;

  /** Default body limit: 5 MiB, as Besu's {@code --rpc-http-max-request-content-length}. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;

  public JsonRpcServerConfig {
    hostAllowlist = List.copyOf(hostAllowlist);
    corsOrigins = List.copyOf(corsOrigins);
  }
}
