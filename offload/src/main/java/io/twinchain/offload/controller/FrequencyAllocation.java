/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/**
 * The inner problem of spec §5.3 for one slot: for a fixed partition (a {@link SlotWorkload}), the
 * AP frequencies and the P2 value they reach. f^B_k = f^max_k − f^I_k (the budget is tight).
 */
public interface FrequencyAllocation {

  /** min over f of P2 for this partition (+∞ when infeasible). */
  double objective(SlotWorkload workload);

  /** The minimising f^I_k. */
  double[] inferenceFrequencies(SlotWorkload workload);
}
