/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.metrics;

import io.twinchain.node.http.HttpListener;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * Serves {@code GET /metrics} (Prometheus text), {@code /liveness} (the process answers) and {@code
 * /readiness} (the node's {@link HealthCheck} passes), like Besu's metrics and health endpoints.
 */
public final class MetricsHttpServer {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final Vertx vertx;
  private final PrometheusMetricsSystem metrics;
  private final HealthCheck readiness;
  private final HttpListener listener = new HttpListener();

  public MetricsHttpServer(
      final Vertx vertx, final PrometheusMetricsSystem metrics, final HealthCheck readiness) {
    this.vertx = vertx;
    this.metrics = metrics;
    this.readiness = readiness;
  }

  /** Listens on {@code host:port} (0 picks a free port); completes with the bound port. */
  public Future<Integer> start(final String host, final int port) {
    return listener.listen(vertx.createHttpServer().requestHandler(this::handle), host, port);
  }

  private void handle(final HttpServerRequest request) {
    if (request.method() != HttpMethod.GET) {
      request.response().setStatusCode(405).end();
      return;
    }
    switch (request.path()) {
      case "/metrics" ->
          request.response().putHeader("Content-Type", PROMETHEUS_TEXT).end(metrics.scrape());
      case "/liveness" -> status(request, 200, "UP");
      case "/readiness" ->
          readiness
              .notReadyBecause()
              .ifPresentOrElse(
                  reason -> status(request, 503, "DOWN"), () -> status(request, 200, "UP"));
      default -> request.response().setStatusCode(404).end();
    }
  }

  private static void status(final HttpServerRequest request, final int code, final String status) {
    request
        .response()
        .setStatusCode(code)
        .putHeader("Content-Type", "application/json")
        .end("{\"status\":\"" + status + "\"}");
  }

  public Future<Void> stop() {
    return listener.stop();
  }
}
