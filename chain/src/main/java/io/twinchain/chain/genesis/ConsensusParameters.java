/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.genesis;

import java.util.OptionalDouble;

/**
 * The consensus section of the genesis file ({@code config.consensus}), read by the consensus
 * module.
 *
 * @param blockPeriodSeconds target time between blocks
 * @param baseDifficulty δ_0, the difficulty of an AP without reputation (at least 1)
 * @param rho ρ, the weight of reputation in the difficulty function
 * @param difficultyFunction name of the {@link io.twinchain.chain.reputation.DifficultyFunction}
 * @param cyclesPerHash ω, the cycles one hash costs, mapping an AP's mining frequency to its hash
 *     rate; empty means the consensus default
 */
public record ConsensusParameters(
    long blockPeriodSeconds,
    double baseDifficulty,
    double rho,
    String difficultyFunction,
    OptionalDouble cyclesPerHash) {

  /** Parameters with the default ω. */
  public ConsensusParameters(
      final long blockPeriodSeconds,
      final double baseDifficulty,
      final double rho,
      final String difficultyFunction) {
    this(blockPeriodSeconds, baseDifficulty, rho, difficultyFunction, OptionalDouble.empty());
  }
}
