/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

/**
 * PoW block generation (spec §3.2): AP k solves at rate λ_k = f^B_k / (ω·δ_k) and the first solver
 * wins, so E[τ^bg] = 1 / Σ_k λ_k.
 */
public final class BlockLatency {

  private BlockLatency() {}

  /** λ_k in blocks per second. */
  public static double solveRate(
      final double miningFrequency, final double cyclesPerHash, final double difficulty) {
    return miningFrequency / (cyclesPerHash * difficulty);
  }

  /** E[τ^bg] = 1/Σλ_k; infinite when no AP mines. */
  public static double expected(
      final double[] miningFrequency, final double cyclesPerHash, final double[] difficulty) {
    double total = 0;
    for (int k = 0; k < miningFrequency.length; k++) {
      total += solveRate(miningFrequency[k], cyclesPerHash, difficulty[k]);
    }
    return total > 0 ? 1 / total : Double.POSITIVE_INFINITY;
  }
}
