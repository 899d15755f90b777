/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/**
 * f^I_k = share·f^max_k, f^B_k the rest, whatever the partition: the equal-split baseline (share
 * 1/2) and gateway-only (share 0) of spec §6.4.
 */
public record FixedShareAllocation(double share) implements AllocationStrategy {

  public FixedShareAllocation {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in [0, 1], got " + share);
    }
  }

  @Override
  public FrequencyAllocation forSlot(final SlotProblem problem) {
    final SlotConstants constants = new SlotConstants(problem);
    final double[] inference = new double[constants.aps];
    for (int k = 0; k < inference.length; k++) {
      inference[k] = share * constants.maxFrequency[k];
    }
    return new FrequencyAllocation() {
      @Override
      public double objective(final SlotWorkload workload) {
        return constants.objective(workload, inference);
      }

      @Override
      public double[] inferenceFrequencies(final SlotWorkload workload) {
        return inference.clone();
      }
    };
  }

  @Override
  public String name() {
    return "share-" + share;
  }
}
