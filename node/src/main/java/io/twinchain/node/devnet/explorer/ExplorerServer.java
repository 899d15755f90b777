/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.explorer;

import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.http.HttpListener;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The broker process's HTTP server: {@code /explorer/} (the page, its script and style, and {@code
 * config.json}), {@code /liveness} and {@code /readiness} (the broker accepts connections).
 */
public final class ExplorerServer {
  private static final String RESOURCES = "/io/twinchain/node/devnet/explorer/";
  private static final Map<String, String> TYPES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "explorer.js", "text/javascript; charset=utf-8",
          "explorer.css", "text/css; charset=utf-8");

  private final Vertx vertx;
  private final DevnetLayout layout;
  private final BooleanSupplier ready;
  private final HttpListener listener = new HttpListener();

  public ExplorerServer(final Vertx vertx, final DevnetLayout layout, final BooleanSupplier ready) {
    this.vertx = vertx;
    this.layout = layout;
    this.ready = ready;
  }

  /** Listens on {@code host:port}; completes with the bound port. */
  public Future<Integer> start(final String host, final int port) {
    return listener.listen(vertx.createHttpServer().requestHandler(this::handle), host, port);
  }

  public Future<Void> stop() {
    return listener.stop();
  }

  private void handle(final HttpServerRequest request) {
    if (request.method() != HttpMethod.GET) {
      request.response().setStatusCode(405).end();
      return;
    }
    final String path = request.path();
    switch (path) {
      case "/", "/explorer" ->
          request.response().setStatusCode(302).putHeader("Location", "/explorer/").end();
      case "/liveness" -> json(request, 200, "{\"status\":\"UP\"}");
      case "/readiness" ->
          json(
              request,
              ready.getAsBoolean() ? 200 : 503,
              ready.getAsBoolean() ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
      case "/explorer/config.json" -> json(request, 200, ExplorerConfig.json(layout));
      default -> staticFile(request, path);
    }
  }

  private static void staticFile(final HttpServerRequest request, final String path) {
    final String name =
        path.equals("/explorer/") ? "index.html" : path.replaceFirst("^/explorer/", "");
    final Optional<Buffer> content = TYPES.containsKey(name) ? resource(name) : Optional.empty();
    content.ifPresentOrElse(
        body ->
            request
                .response()
                .putHeader("Content-Type", TYPES.get(name))
                .putHeader("Cache-Control", "no-cache")
                .end(body),
        () -> request.response().setStatusCode(404).end());
  }

  private static Optional<Buffer> resource(final String name) {
    try (InputStream in = ExplorerServer.class.getResourceAsStream(RESOURCES + name)) {
      return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void json(final HttpServerRequest request, final int status, final String body) {
    request
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body);
  }
}
