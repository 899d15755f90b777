/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.chain.reputation.DifficultyFunction;
import io.twinchain.offload.latency.Checks;

/**
 * The block side of the slot latency (spec §3.2): ω cycles per hash, base difficulty δ_0, the
 * stake-to-difficulty function and the constant τ^prop.
 *
 * @param cyclesPerHash ω
 * @param baseDifficulty δ_0, expected trials per block without reputation stake
 * @param difficulty δ_k = f(δ_0, R_k); ρ = 0 gives plain PoW
 * @param propagationSeconds τ^prop, block broadcast plus verification (A-CTRL-PROP-CONST)
 */
public record ConsensusModel(
    double cyclesPerHash,
    double baseDifficulty,
    DifficultyFunction difficulty,
    double propagationSeconds) {

  public ConsensusModel {
    Checks.positive("cycles per hash", cyclesPerHash);
    Checks.positive("base difficulty", baseDifficulty);
    Checks.nonNegative("propagation delay", propagationSeconds);
  }

  /** δ_k(t) from the reputations at the start of the slot (spec §3.2: causal). */
  public double[] difficulties(final double[] reputations) {
    final double[] deltas = new double[reputations.length];
    for (int k = 0; k < deltas.length; k++) {
      deltas[k] = difficulty.difficulty(baseDifficulty, reputations[k]);
    }
    return deltas;
  }

  /** The same consensus with another difficulty function (e.g. ρ = 0). */
  public ConsensusModel withDifficulty(final DifficultyFunction other) {
    return new ConsensusModel(cyclesPerHash, baseDifficulty, other, propagationSeconds);
  }
}
