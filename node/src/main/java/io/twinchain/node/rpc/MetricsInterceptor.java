/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.metrics.MetricsSystem.OperationTimer.TimingContext;
import java.util.Set;

/**
 * Counts requests by method and outcome and times them. Names of methods we do not serve are
 * recorded as {@code unknown}, so clients cannot create unbounded label values.
 */
public final class MetricsInterceptor implements Interceptor {

  private final Set<String> known;
  private final MetricsSystem.LabelledMetric<MetricsSystem.Counter> requests;
  private final MetricsSystem.LabelledMetric<MetricsSystem.OperationTimer> timer;

  public MetricsInterceptor(final MetricsSystem metrics, final Set<String> knownMethods) {
    this.known = Set.copyOf(knownMethods);
    this.requests =
        metrics.counter(
            MetricCategory.RPC,
            "requests",
            "JSON-RPC requests by method and outcome",
            "method",
            "outcome");
    this.timer =
        metrics.timer(
            MetricCategory.RPC, "request_time", "JSON-RPC execution time by method", "method");
  }

  @Override
  public JsonRpcResponse intercept(final Chain chain) {
    final String method =
        known.contains(chain.request().method()) ? chain.request().method() : "unknown";
    final JsonRpcResponse response;
    try (TimingContext ignored = timer.labels(method).start()) {
      response = chain.proceed(chain.request());
    }
    requests.labels(method, response.errorCode().map(code -> "error").orElse("success")).inc();
    return response;
  }
}
