/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.metrics.MetricsSystem.OperationTimer.TimingContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests by method and outcome and times them. Names of methods we do not serve are
 * recorded as {@code unknown}, so clients cannot create unbounded label values. Each labelled
 * series is resolved once and kept: resolving it per request (Micrometer builds tags and an id and
 * looks the meter up) allocated about 1 KB per request on the event loop.
 */
public final class MetricsInterceptor implements Interceptor {

  private final Set<String> known;
  private final MetricsSystem.LabelledMetric<MetricsSystem.Counter> requests;
  private final MetricsSystem.LabelledMetric<MetricsSystem.OperationTimer> timer;
  private final Map<String, MetricsSystem.OperationTimer> timers = new ConcurrentHashMap<>();
  private final Map<String, MetricsSystem.Counter> successes = new ConcurrentHashMap<>();
  private final Map<String, MetricsSystem.Counter> errors = new ConcurrentHashMap<>();

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
    try (TimingContext ignored = timers.computeIfAbsent(method, timer::labels).start()) {
      response = chain.proceed(chain.request());
    }
    if (response.errorCode().isPresent()) {
      errors.computeIfAbsent(method, name -> requests.labels(name, "error")).inc();
    } else {
      successes.computeIfAbsent(method, name -> requests.labels(name, "success")).inc();
    }
    return response;
  }
}
