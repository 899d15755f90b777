/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.latency.SlotWorkload;
import java.util.Arrays;

/**
 * The cuts worth trying for each DT in one slot, with what each costs. Cut l is dominated by l'
 * when l' leaves no more work for the AP (head FLOPs at least as large) and adds no more gateway
 * time t(l) = D_n (head(l)/(φ_G f_G) + ψ_l/r_m). Both latency aggregations and P2 are
 * non-decreasing in every AP's W_k and every gateway's time, so dropping dominated cuts is exact,
 * not a heuristic; ties keep the deeper cut.
 */
final class CutCandidates {

  private final int[][] cuts;
  private final double[][] gatewaySeconds;
  private final double[][] apFlops;

  private CutCandidates(final int twins) {
    this.cuts = new int[twins][];
    this.gatewaySeconds = new double[twins][];
    this.apFlops = new double[twins][];
  }

  /** The non-dominated cuts of every DT for this slot's samples and link rates. */
  static CutCandidates nonDominated(final SlotWorkload workload) {
    final int twins = workload.model().topology().twinCount();
    final CutCandidates candidates = new CutCandidates(twins);
    for (int n = 0; n < twins; n++) {
      candidates.prune(workload, n);
    }
    return candidates;
  }

  private void prune(final SlotWorkload workload, final int twin) {
    final LayerTable table = workload.model().model(twin);
    final int gateway = workload.model().topology().gatewayOf(twin);
    final double compute = workload.model().gateway(gateway).flopsPerSecond();
    final double rate = workload.linkRate(gateway);
    final double samples = workload.samples(twin);
    final int layers = table.layerCount();
    final double[] time = new double[layers + 1];
    for (int l = 0; l <= layers; l++) {
      time[l] = samples * (table.headFlops(l) / compute + table.cutBits(l) / rate);
    }
    final boolean[] dominated = new boolean[layers + 1];
    double deeperMin = Double.POSITIVE_INFINITY;
    for (int l = layers; l >= 0; l--) {
      dominated[l] = deeperMin <= time[l];
      deeperMin = Math.min(deeperMin, time[l]);
    }
    double runMin = Double.POSITIVE_INFINITY;
    int kept = 0;
    for (int l = 0; l <= layers; l++) {
      if (l > 0 && table.headFlops(l) != table.headFlops(l - 1)) {
        runMin = Double.POSITIVE_INFINITY;
      }
      dominated[l] |= runMin < time[l];
      runMin = Math.min(runMin, time[l]);
      kept += dominated[l] ? 0 : 1;
    }
    cuts[twin] = new int[kept];
    gatewaySeconds[twin] = new double[kept];
    apFlops[twin] = new double[kept];
    int i = 0;
    for (int l = 0; l <= layers; l++) {
      if (!dominated[l]) {
        cuts[twin][i] = l;
        gatewaySeconds[twin][i] = time[l];
        apFlops[twin][i] = samples * table.tailFlops(l);
        i++;
      }
    }
  }

  /** The cuts to try for DT n, ascending. */
  int[] of(final int twin) {
    return cuts[twin];
  }

  /** D_n(head/(φ_G f_G) + ψ/r) of DT n's i-th candidate: its share of its gateway's time. */
  double gatewaySeconds(final int twin, final int index) {
    return gatewaySeconds[twin][index];
  }

  /** D_n·tail FLOPs of DT n's i-th candidate: its share of W_k. */
  double apFlops(final int twin, final int index) {
    return apFlops[twin][index];
  }

  @Override
  public String toString() {
    return "CutCandidates" + Arrays.deepToString(cuts);
  }
}
