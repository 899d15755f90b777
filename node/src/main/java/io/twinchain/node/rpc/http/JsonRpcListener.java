/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.http;

import io.twinchain.node.http.HttpListener;
import io.twinchain.node.rpc.JsonRpcProcessor;
import io.twinchain.node.rpc.RpcConnection;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.Optional;

/**
 * What the HTTP and WebSocket JSON-RPC servers share: the processor, the host/origin policy, the
 * connection limit and the listener lifecycle. Subclasses add their handlers.
 *
 * <p>Requests run on worker threads (one per core), never on the event loop: ledger reads cross JNA
 * into libevm, and {@code eth_call}, {@code eth_estimateGas}, {@code rep_*} and {@code eth_getLogs}
 * run the EVM or scan up to 1,000 blocks, so one slow request on the event loop held every other
 * connection of the server behind it.
 */
abstract class JsonRpcListener {

  private final Vertx vertx;
  private final HttpListener listener = new HttpListener();
  final JsonRpcServerConfig config;
  final JsonRpcProcessor processor;
  final OriginPolicy policy;
  final ConnectionLimiter limiter;
  private static final int WORKER_THREADS = 16;

  private final WorkerExecutor workers;

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
    this.workers = vertx.createSharedWorkerExecutor(name, WORKER_THREADS);
  }

  /** Processes {@code body} on a worker thread; completes on the caller's event loop. */
  final Future<Optional<String>> process(
      final byte[] body, final Optional<RpcConnection> connection) {
    return workers.executeBlocking(() -> processor.process(body, connection), false);
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
    return listener.stop().eventually(workers::close);
  }
}
