/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/**
 * Coordinate descent over DTs (spec §5.3, A-CTRL-CD): starting from the best cut shared by all DTs,
 * each DT in turn tries every non-dominated cut ({@link CutCandidates}) with the others held fixed
 * and keeps the best; sweeps repeat until none changes. The objective never rises, so it
 * terminates.
 */
public record CoordinateDescent(int maxSweeps) implements PartitionSearch {

  /** Name in configs and reports. */
  public static final String NAME = "coordinate-descent";

  /** A change must beat the incumbent by this relative margin, so rounding cannot cycle. */
  private static final double IMPROVEMENT = 1e-12;

  public CoordinateDescent {
    if (maxSweeps < 1) {
      throw new IllegalArgumentException("maxSweeps must be >= 1, got " + maxSweeps);
    }
  }

  @Override
  public int[] search(final SlotWorkload workload, final FrequencyAllocation allocation) {
    final CutCandidates candidates = CutCandidates.nonDominated(workload);
    double best = uniformStart(workload, allocation);
    final int twins = workload.model().topology().twinCount();
    for (int sweep = 0; sweep < maxSweeps; sweep++) {
      boolean changed = false;
      for (int n = 0; n < twins; n++) {
        final int current = workload.cut(n);
        int bestCut = current;
        for (final int cut : candidates.of(n)) {
          if (cut == current) {
            continue;
          }
          workload.setCut(n, cut);
          final double value = allocation.objective(workload);
          if (value < best - IMPROVEMENT * Math.abs(best)) {
            best = value;
            bestCut = cut;
          }
        }
        workload.setCut(n, bestCut);
        changed |= bestCut != current;
      }
      if (!changed) {
        break;
      }
    }
    return workload.cuts();
  }

  /** Puts every DT at the same cut (capped at its L_n), keeps the best, returns its value. */
  static double uniformStart(final SlotWorkload workload, final FrequencyAllocation allocation) {
    final int twins = workload.model().topology().twinCount();
    int deepest = 0;
    for (int n = 0; n < twins; n++) {
      deepest = Math.max(deepest, workload.model().model(n).layerCount());
    }
    double best = Double.POSITIVE_INFINITY;
    int bestCut = 0;
    for (int cut = 0; cut <= deepest; cut++) {
      setAll(workload, cut);
      final double value = allocation.objective(workload);
      if (value < best) {
        best = value;
        bestCut = cut;
      }
    }
    setAll(workload, bestCut);
    return best;
  }

  private static void setAll(final SlotWorkload workload, final int cut) {
    for (int n = 0; n < workload.model().topology().twinCount(); n++) {
      workload.setCut(n, Math.min(cut, workload.model().model(n).layerCount()));
    }
  }

  @Override
  public String name() {
    return NAME;
  }
}
