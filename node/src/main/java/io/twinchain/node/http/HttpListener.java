/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.http;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServer;
import java.util.Optional;

/** Remembers a Vert.x server once it listens, so that it can report its port and be stopped. */
public final class HttpListener {

  private Optional<HttpServer> server = Optional.empty();

  /**
   * Binds {@code configured} to {@code host:port} (0 picks a free port); completes with the port.
   */
  public Future<Integer> listen(final HttpServer configured, final String host, final int port) {
    return configured
        .listen(port, host)
        .map(
            bound -> {
              server = Optional.of(bound);
              return bound.actualPort();
            });
  }

  /** Closes the server if it listens. */
  public Future<Void> stop() {
    return server.map(HttpServer::close).orElse(Future.succeededFuture());
  }
}
