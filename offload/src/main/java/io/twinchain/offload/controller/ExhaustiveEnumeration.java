/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/**
 * The exact outer search (spec §5.3): every partition vector, ∏(L_n + 1) inner solves. The oracle
 * for small instances; refuses instances above {@code maxVectors}.
 */
public record ExhaustiveEnumeration(long maxVectors) implements PartitionSearch {

  /** Name in configs and reports. */
  public static final String NAME = "exhaustive";

  @Override
  public int[] search(final SlotWorkload workload, final FrequencyAllocation allocation) {
    final long vectors = CutEnumeration.count(workload);
    if (vectors > maxVectors) {
      throw new IllegalArgumentException(
          "exhaustive search over " + vectors + " partition vectors exceeds " + maxVectors);
    }
    final double[] best = {Double.POSITIVE_INFINITY};
    final int[][] bestCuts = {workload.cuts()};
    CutEnumeration.forEach(
        workload,
        w -> {
          final double value = allocation.objective(w);
          if (value < best[0]) {
            best[0] = value;
            bestCuts[0] = w.cuts();
          }
        });
    for (int n = 0; n < bestCuts[0].length; n++) {
      workload.setCut(n, bestCuts[0][n]);
    }
    return bestCuts[0];
  }

  @Override
  public String name() {
    return NAME;
  }
}
