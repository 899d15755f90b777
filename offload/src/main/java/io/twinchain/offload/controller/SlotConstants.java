/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/**
 * Per-slot constants shared by the allocators, copied into arrays once per slot: the hot loops run
 * thousands of times per decision.
 */
final class SlotConstants {

  final int aps;
  final double tradeOff;
  final double cyclesPerHash;
  final double propagation;
  final double[] maxFrequency;
  final double[] flopsPerCycle;
  final double[] difficulty;
  final double[] weight;

  /** π_k = w_k δ_k / f^max_k: the cost of one unit of S = Σ f^B_k/δ_k taken from AP k. */
  final double[] price;

  final double weightSum;

  SlotConstants(final SlotProblem problem) {
    final SystemModel model = problem.model();
    aps = model.apCount();
    tradeOff = problem.tradeOff();
    cyclesPerHash = model.consensus().cyclesPerHash();
    propagation = model.consensus().propagationSeconds();
    maxFrequency = new double[aps];
    flopsPerCycle = new double[aps];
    difficulty = new double[aps];
    weight = new double[aps];
    price = new double[aps];
    double sum = 0;
    for (int k = 0; k < aps; k++) {
      maxFrequency[k] = model.maxFrequency(k);
      flopsPerCycle[k] = model.latency().ap(k).flopsPerCycle();
      difficulty[k] = problem.difficulty(k);
      weight[k] = problem.weight(k);
      price[k] = weight[k] * difficulty[k] / maxFrequency[k];
      sum += weight[k];
    }
    weightSum = sum;
  }

  /** P2 at inference frequencies x for a partition, evaluated term by term. */
  double objective(final SlotWorkload workload, final double[] inference) {
    double mining = 0;
    double reward = 0;
    for (int k = 0; k < aps; k++) {
      mining += (maxFrequency[k] - inference[k]) / difficulty[k];
      reward += weight[k] * inference[k] / maxFrequency[k];
    }
    if (!(mining > 0)) {
      return Double.POSITIVE_INFINITY;
    }
    final double latency =
        workload.inferenceLatency(inference) + cyclesPerHash / mining + propagation;
    return tradeOff * latency - reward;
  }
}
