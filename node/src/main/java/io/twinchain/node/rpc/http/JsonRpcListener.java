/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.http;

import io.twinchain.node.http.HttpListener;
import io.twinchain.node.rpc.JsonRpcProcessor;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/**
 * What the HTTP and WebSocket JSON-RPC servers share: the processor, the host/origin policy, the
 * connection limit and the listener lifecycle. Subclasses add their handlers.
 */
abstract class JsonRpcListener {

  private final Vertx vertx;
  private final HttpListener listener = new HttpListener();
  final JsonRpcServerConfig config;
  final JsonRpcProcessor processor;
  final OriginPolicy policy;
  final ConnectionLimiter limiter;

  JsonRpcListener(
      final Vertx vertx,
      final JsonRpcServerConfig config,
      final JsonRpcProcessor processor,
      final String name) {
    this.vertx = vertx;
    this.config = config;
    this.processor = processor;
    this.policy = new OriginPolicy(config.hostAllowlist(), config.corsOrigins());
    this.limiter = new ConnectionLimiter(config.maxActiveConnections(), name);
  }

  /** Sets the handlers of a server created with {@link #options()}. */
  abstract void configure(HttpServer server);

  /** Server options for this transport. */
  abstract HttpServerOptions options();

  /** Listens; completes with the bound port. */
  public Future<Integer> start() {
    final HttpServer server = vertx.createHttpServer(options()).connectionHandler(limiter::accept);
    configure(server);
    return listener.listen(server, config.host(), config.port());
  }

  public Future<Void> stop() {
    return listener.stop();
  }
}
