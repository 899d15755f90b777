/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.LatencyModel;

/** Everything fixed about the system: the partition latency model and the consensus model. */
public record SystemModel(LatencyModel latency, ConsensusModel consensus) {

  /** K. */
  public int apCount() {
    return latency.topology().apCount();
  }

  /** N. */
  public int twinCount() {
    return latency.topology().twinCount();
  }

  /** f^max_k. */
  public double maxFrequency(final int ap) {
    return latency.ap(ap).maxFrequencyHz();
  }
}
