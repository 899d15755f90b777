/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/**
 * The inner problem under SUM_OF_PIPELINES (A-CTRL-INF-SUM): V Σ_k W_k/(φ_k f^I_k) + Vω/S − Σ Z_k
 * f^I_k/f^max_k is separable once the price μ = Vω/S² of block rate is fixed: each AP's stationary
 * point is f^I_k = sqrt(V W_k δ_k / (φ_k (μ − π_k))), clipped to [0, f^max_k]. The S this yields
 * falls as the guess rises, so bisection on log S finds the fixed point; an AP whose choice jumps
 * at the fixed point (W_k = 0, μ = π_k) becomes the interior pivot by linear interpolation.
 */
final class SumPipelineAllocation implements FrequencyAllocation {

  private static final int BISECTIONS = 60;

  private final SlotConstants constants;
  private final double[] work;
  private final double[] low;
  private final double[] high;

  SumPipelineAllocation(final SlotProblem problem) {
    this.constants = new SlotConstants(problem);
    this.work = new double[constants.aps];
    this.low = new double[constants.aps];
    this.high = new double[constants.aps];
  }

  @Override
  public double objective(final SlotWorkload workload) {
    return constants.objective(workload, inferenceFrequencies(workload));
  }

  @Override
  public double[] inferenceFrequencies(final SlotWorkload workload) {
    double maxSupply = 0;
    for (int k = 0; k < constants.aps; k++) {
      work[k] = workload.apWork(k);
      maxSupply += constants.maxFrequency[k] / constants.difficulty[k];
    }
    double below = Math.log(maxSupply * 1e-12);
    double above = Math.log(maxSupply);
    for (int i = 0; i < BISECTIONS; i++) {
      final double middle = 0.5 * (below + above);
      if (excess(Math.exp(middle), low) >= 0) {
        below = middle;
      } else {
        above = middle;
      }
    }
    final double excessBelow = excess(Math.exp(below), low);
    final double excessAbove = excess(Math.exp(above), high);
    final double blend =
        excessBelow - excessAbove > 0 ? excessBelow / (excessBelow - excessAbove) : 0;
    final double[] inference = new double[constants.aps];
    for (int k = 0; k < constants.aps; k++) {
      inference[k] = low[k] + Math.min(1, Math.max(0, blend)) * (high[k] - low[k]);
    }
    return inference;
  }

  /** S(f(μ(guess))) − guess, filling {@code inference} with the stationary f^I at that price. */
  private double excess(final double guess, final double[] inference) {
    final double price = constants.tradeOff * constants.cyclesPerHash / (guess * guess);
    double supply = 0;
    for (int k = 0; k < constants.aps; k++) {
      final double fmax = constants.maxFrequency[k];
      final double margin = price - constants.price[k];
      if (margin <= 0) {
        inference[k] = fmax;
      } else {
        final double stationary =
            Math.sqrt(
                constants.tradeOff
                    * work[k]
                    * constants.difficulty[k]
                    / (constants.flopsPerCycle[k] * margin));
        inference[k] = Math.min(fmax, stationary);
      }
      supply += (fmax - inference[k]) / constants.difficulty[k];
    }
    return supply - guess;
  }
}
