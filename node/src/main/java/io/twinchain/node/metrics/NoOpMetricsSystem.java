/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.metrics;

import java.util.function.DoubleSupplier;

/** Records nothing; for tests and for nodes run with metrics disabled. */
public final class NoOpMetricsSystem implements MetricsSystem {

  private static final Counter COUNTER = () -> {};
  private static final OperationTimer.TimingContext CONTEXT = () -> {};
  private static final OperationTimer TIMER = () -> CONTEXT;

  @Override
  public LabelledMetric<Counter> counter(
      final MetricCategory category,
      final String name,
      final String help,
      final String... labelNames) {
    return values -> COUNTER;
  }

  @Override
  public LabelledMetric<OperationTimer> timer(
      final MetricCategory category,
      final String name,
      final String help,
      final String... labelNames) {
    return values -> TIMER;
  }

  @Override
  public void gauge(
      final MetricCategory category,
      final String name,
      final String help,
      final DoubleSupplier value) {}
}
