/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.metrics;

/** The twin module's metrics port: counters with one label. */
public interface TwinMetrics {

  /** Adds {@code amount} to {@code counter} for {@code label}. */
  void add(TwinCounter counter, String label, long amount);

  /** Adds one. */
  default void increment(final TwinCounter counter, final String label) {
    add(counter, label, 1);
  }
}
