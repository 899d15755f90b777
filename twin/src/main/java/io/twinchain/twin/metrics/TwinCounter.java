/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.metrics;

/** The counters the twin module reports; the node maps each to a Prometheus counter. */
public enum TwinCounter {
  /** Device messages turned into twin events (label: gateway). */
  MESSAGES_ACCEPTED("twin_messages_accepted_total"),
  /** Device messages refused (label: rejection reason). */
  MESSAGES_REJECTED("twin_messages_rejected_total"),
  /** Device messages already applied before, acknowledged without a new event (label: gateway). */
  MESSAGES_DUPLICATE("twin_messages_duplicate_total"),
  /** Twin events durably stored (label: gateway). */
  EVENTS_COMMITTED("twin_events_committed_total"),
  /** Synced write batches (label: empty). */
  BATCHES_COMMITTED("twin_batches_committed_total");

  private final String metricName;

  TwinCounter(final String metricName) {
    this.metricName = metricName;
  }

  /** The Prometheus name. */
  public String metricName() {
    return metricName;
  }
}
