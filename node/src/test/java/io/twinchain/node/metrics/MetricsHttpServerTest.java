/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Prometheus text with EIP-2159 and twinchain names, and the health endpoints, over real HTTP. */
class MetricsHttpServerTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void servesMetricsLivenessAndReadiness() throws Exception {
    final Vertx vertx = Vertx.vertx();
    try {
      final PrometheusMetricsSystem metrics = new PrometheusMetricsSystem();
      metrics.gauge(MetricCategory.ETHEREUM, "peer_count", "Peers", () -> 3);
      metrics.gauge(MetricCategory.ETHEREUM, "blockchain_height", "Height", () -> 42);
      metrics
          .counter(MetricCategory.RPC, "requests", "Requests", "method")
          .labels("eth_chainId")
          .inc();
      final AtomicReference<Optional<String>> notReady =
          new AtomicReference<>(Optional.of("syncing"));
      final int port =
          new MetricsHttpServer(vertx, metrics, notReady::get).start("127.0.0.1", 0).await();

      final HttpResponse<String> scrape = get(port, "/metrics");
      assertThat(scrape.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      assertThat(scrape.body())
          .contains("ethereum_peer_count 3.0")
          .contains("ethereum_blockchain_height 42.0")
          .contains("twinchain_rpc_requests_total{method=\"eth_chainId\"} 1.0");
      assertThat(get(port, "/liveness").statusCode()).isEqualTo(200);
      assertThat(get(port, "/readiness").statusCode()).isEqualTo(503);
      notReady.set(Optional.empty());
      assertThat(get(port, "/readiness").statusCode()).isEqualTo(200);
      assertThat(get(port, "/nothing").statusCode()).isEqualTo(404);
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void noOpSystemAcceptsEverything() {
    final MetricsSystem metrics = new NoOpMetricsSystem();
    metrics.counter(MetricCategory.PEERS, "x", "x", "a").labels("b").inc();
    try (MetricsSystem.OperationTimer.TimingContext context =
        metrics.timer(MetricCategory.RPC, "t", "t").labels().start()) {
      assertThat(context).isNotNull();
    }
  }

  private HttpResponse<String> get(final int port, final String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
