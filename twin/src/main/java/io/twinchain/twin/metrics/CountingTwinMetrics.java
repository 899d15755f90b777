/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** In-process counters; what a standalone gateway exposes and what tests read. */
public final class CountingTwinMetrics implements TwinMetrics {

  private final Map<TwinCounter, Map<String, LongAdder>> counters = new ConcurrentHashMap<>();

  @Override
  public void add(final TwinCounter counter, final String label, final long amount) {
    counters
        .computeIfAbsent(counter, c -> new ConcurrentHashMap<>())
        .computeIfAbsent(label, l -> new LongAdder())
        .add(amount);
  }

  /** The value of one labelled counter. */
  public long value(final TwinCounter counter, final String label) {
    final LongAdder adder = counters.getOrDefault(counter, Map.of()).get(label);
    return adder == null ? 0 : adder.sum();
  }

  /** The sum over all labels of {@code counter}. */
  public long total(final TwinCounter counter) {
    return counters.getOrDefault(counter, Map.of()).values().stream()
        .mapToLong(LongAdder::sum)
        .sum();
  }
}
