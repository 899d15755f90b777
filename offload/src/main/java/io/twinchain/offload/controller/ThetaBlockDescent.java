/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;
import io.twinchain.offload.latency.Topology;

/**
 * The production partition search under MAX_OF_PIPELINES (A-CTRL-THETA-BLOCK). For a fixed
 * completion time θ, P2 depends on AP k's DTs only through f^min_k(θ) = W_k/(φ_k(θ − A_k)), and a
 * smaller f^min never hurts (it only widens the knapsack of {@link ThresholdAllocation}). So at
 * fixed θ the cut search splits into one small problem per AP: minimise W_k/(θ − A_k) over that
 * AP's DTs (coordinate descent over non-dominated cuts). The search alternates this with the
 * optimal θ for the chosen cuts, started from the best uniform cut and from a geometric grid of θ
 * around it, keeping whatever lowers P2. Other allocations fall back to {@link CoordinateDescent}.
 */
public record ThetaBlockDescent(int gridPoints, int maxRounds) implements PartitionSearch {

  /** Name in configs and reports. */
  public static final String NAME = "theta-block-descent";

  private static final double IMPROVEMENT = 1e-12;

  /** Scale that puts every infeasible key above every feasible one (FLOPs/s stay far below). */
  private static final double INFEASIBLE = 1e250;

  public ThetaBlockDescent {
    if (gridPoints < 0 || maxRounds < 1) {
      throw new IllegalArgumentException("need gridPoints >= 0 and maxRounds >= 1");
    }
  }

  @Override
  public int[] search(final SlotWorkload workload, final FrequencyAllocation allocation) {
    if (!(allocation instanceof ThresholdAllocation threshold)) {
      return new CoordinateDescent(maxRounds).search(workload, allocation);
    }
    final CutCandidates candidates = CutCandidates.nonDominated(workload);
    double best = CoordinateDescent.uniformStart(workload, allocation);
    int[] bestCuts = workload.cuts();
    final double centre = threshold.completionTime(workload);
    for (int i = 0; i < gridPoints; i++) {
      final double theta = centre * Math.pow(2, 2.0 * i / Math.max(1, gridPoints - 1) - 1);
      restore(workload, bestCuts);
      cutsForCompletion(workload, candidates, theta);
      final double value = allocation.objective(workload);
      if (value < best - IMPROVEMENT * Math.abs(best)) {
        best = value;
        bestCuts = workload.cuts();
      }
    }
    restore(workload, bestCuts);
    for (int round = 0; round < maxRounds; round++) {
      cutsForCompletion(workload, candidates, threshold.completionTime(workload));
      final double value = allocation.objective(workload);
      if (!(value < best - IMPROVEMENT * Math.abs(best))) {
        break;
      }
      best = value;
      bestCuts = workload.cuts();
    }
    restore(workload, bestCuts);
    return bestCuts;
  }

  private static void restore(final SlotWorkload workload, final int[] cuts) {
    for (int n = 0; n < cuts.length; n++) {
      workload.setCut(n, cuts[n]);
    }
  }

  /** Per AP, coordinate descent on W_k/(θ − A_k) over its DTs' candidate cuts. */
  private static void cutsForCompletion(
      final SlotWorkload workload, final CutCandidates candidates, final double theta) {
    final Topology topology = workload.model().topology();
    for (int k = 0; k < topology.apCount(); k++) {
      final int[] twins = topology.twinsOf(k);
      boolean changed = true;
      for (int sweep = 0; changed && sweep < 2 * twins.length + 2; sweep++) {
        changed = false;
        for (final int n : twins) {
          changed |= bestMove(workload, candidates, k, n, theta);
        }
      }
    }
  }

  /**
   * Prices every candidate cut of DT n without applying it (only its gateway and W_k move) and
   * applies the best; returns whether the cut changed.
   */
  private static boolean bestMove(
      final SlotWorkload workload,
      final CutCandidates candidates,
      final int ap,
      final int twin,
      final double theta) {
    final int gateway = workload.model().topology().gatewayOf(twin);
    final int current = workload.cut(twin);
    final double ownSeconds = workload.twinGatewaySeconds(twin);
    final double ownFlops = workload.twinApFlops(twin);
    final double otherSeconds = workload.gatewayTime(gateway) - ownSeconds;
    final double otherFlops = workload.apWork(ap) - ownFlops;
    final double otherArrival = workload.arrivalExcluding(ap, gateway);
    double best = floorKey(workload.apWork(ap), workload.arrival(ap), theta);
    int bestCut = current;
    final int[] cuts = candidates.of(twin);
    for (int i = 0; i < cuts.length; i++) {
      final double arrival =
          Math.max(otherArrival, otherSeconds + candidates.gatewaySeconds(twin, i));
      final double key = floorKey(otherFlops + candidates.apFlops(twin, i), arrival, theta);
      if (key < best - IMPROVEMENT * Math.abs(best)) {
        best = key;
        bestCut = cuts[i];
      }
    }
    workload.setCut(twin, bestCut);
    return bestCut != current;
  }

  /**
   * W_k/(θ − A_k), proportional to f^min_k(θ); an AP that cannot start by θ ranks by how late its
   * last batch arrives, above every feasible value.
   */
  private static double floorKey(final double work, final double arrival, final double theta) {
    final double slack = theta - arrival;
    if (slack > 0) {
      return Math.max(0, work) / slack;
    }
    return work <= 0 && slack == 0 ? 0 : INFEASIBLE * (1 + arrival);
  }

  @Override
  public String name() {
    return NAME;
  }
}
