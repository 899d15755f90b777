/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.metrics.MetricsSystem.Counter;
import io.twinchain.node.metrics.MetricsSystem.LabelledMetric;
import io.twinchain.twin.metrics.TwinCounter;
import io.twinchain.twin.metrics.TwinMetrics;
import java.util.EnumMap;
import java.util.Map;

/**
 * The twin module's counters on the node's metrics system: {@code twinchain_twin_<name>_total},
 * e.g. {@code twinchain_twin_messages_rejected_total{reason="TOO_DEEP"}}.
 */
public final class NodeTwinMetrics implements TwinMetrics {

  private final Map<TwinCounter, LabelledMetric<Counter>> counters =
      new EnumMap<>(TwinCounter.class);

  /** Creates every twin counter on {@code metrics}. */
  public NodeTwinMetrics(final MetricsSystem metrics) {
    for (final TwinCounter counter : TwinCounter.values()) {
      final String name =
          counter.metricName().replaceFirst("^twin_", "").replaceFirst("_total$", "");
      counters.put(
          counter,
          labelName(counter).length() == 0
              ? metrics.counter(MetricCategory.TWIN, name, help(counter))
              : metrics.counter(MetricCategory.TWIN, name, help(counter), labelName(counter)));
    }
  }

  @Override
  public void add(final TwinCounter counter, final String label, final long amount) {
    final Counter series =
        labelName(counter).length() == 0
            ? counters.get(counter).labels()
            : counters.get(counter).labels(label);
    for (long i = 0; i < amount; i++) {
      series.inc();
    }
  }

  private static String labelName(final TwinCounter counter) {
    return switch (counter) {
      case MESSAGES_REJECTED -> "reason";
      case MESSAGES_ACCEPTED, MESSAGES_DUPLICATE -> "gateway";
      case EVENTS_COMMITTED, BATCHES_COMMITTED -> "";
    };
  }

  private static String help(final TwinCounter counter) {
    return switch (counter) {
      case MESSAGES_ACCEPTED -> "Device messages turned into twin events";
      case MESSAGES_REJECTED -> "Device messages refused, by reason";
      case MESSAGES_DUPLICATE -> "Device messages already applied, acknowledged without an event";
      case EVENTS_COMMITTED -> "Twin events durably stored";
      case BATCHES_COMMITTED -> "Synced twin write batches";
    };
  }
}
