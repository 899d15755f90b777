/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.metrics;

import java.util.function.DoubleSupplier;

/**
 * Creates metrics; components receive it in their constructor and create their metrics there. Label
 * values are given when a metric is used, label names when it is created.
 */
public interface MetricsSystem {

  /** A counter per combination of label values. */
  LabelledMetric<Counter> counter(
      MetricCategory category, String name, String help, String... labelNames);

  /** A timer per combination of label values. */
  LabelledMetric<OperationTimer> timer(
      MetricCategory category, String name, String help, String... labelNames);

  /** A gauge read from {@code value} at every scrape. */
  void gauge(MetricCategory category, String name, String help, DoubleSupplier value);

  /** A monotonically increasing count. */
  @FunctionalInterface
  interface Counter {
    void inc();
  }

  /** Times operations; {@link #start()} returns the handle that records on close. */
  @FunctionalInterface
  interface OperationTimer {
    TimingContext start();

    /** Stops the timing when closed. */
    interface TimingContext extends AutoCloseable {
      @Override
      void close();
    }
  }

  /** A metric family resolved to one series by label values. */
  @FunctionalInterface
  interface LabelledMetric<T> {
    T labels(String... values);
  }
}
