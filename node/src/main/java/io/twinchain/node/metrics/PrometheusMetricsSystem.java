/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.DoubleSupplier;

/** Micrometer-backed metrics, scraped in the Prometheus text format. */
public final class PrometheusMetricsSystem implements MetricsSystem {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @Override
  public LabelledMetric<Counter> counter(
      final MetricCategory category,
      final String name,
      final String help,
      final String... labelNames) {
    final String metric = category.metricName(name);
    return values -> {
      final io.micrometer.core.instrument.Counter counter =
          io.micrometer.core.instrument.Counter.builder(metric)
              .description(help)
              .tags(tags(labelNames, values))
              .register(registry);
      return counter::increment;
    };
  }

  @Override
  public LabelledMetric<OperationTimer> timer(
      final MetricCategory category,
      final String name,
      final String help,
      final String... labelNames) {
    final String metric = category.metricName(name);
    return values -> {
      final Timer timer =
          Timer.builder(metric).description(help).tags(tags(labelNames, values)).register(registry);
      return () -> {
        final Timer.Sample sample = Timer.start(registry);
        return () -> sample.stop(timer);
      };
    };
  }

  @Override
  public void gauge(
      final MetricCategory category,
      final String name,
      final String help,
      final DoubleSupplier value) {
    Gauge.builder(category.metricName(name), value::getAsDouble)
        .description(help)
        .register(registry);
  }

  /** All metrics in the Prometheus text exposition format. */
  public String scrape() {
    return registry.scrape();
  }

  private static Tags tags(final String[] names, final String[] values) {
    if (names.length != values.length) {
      throw new IllegalArgumentException(
          "expected " + names.length + " label values, got " + values.length);
    }
    Tags tags = Tags.empty();
    for (int i = 0; i < names.length; i++) {
      tags = tags.and(names[i], values[i]);
    }
    return tags;
  }
}
