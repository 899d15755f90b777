/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

/**
 * Maps an AP's reputation to its PoW difficulty δ_k: the expected number of hash trials per block.
 * Must be non-increasing in reputation (spec §7 property 4) so reputation earned by inference work
 * buys a lower difficulty. Implementations use {@link StrictMath} so every node computes the same
 * value bit for bit.
 *
 * @see <a href="../../../../../../../shared/spec/bdt-model.md">bdt-model.md §3.2</a>
 */
public interface DifficultyFunction {

  /**
   * Difficulty for a given reputation.
   *
   * @param baseDifficulty δ_0, the difficulty of an AP with no reputation stake; at least 1
   * @param reputation R_k in [0, 1]
   * @return δ_k in [1, baseDifficulty], as a real number
   */
  double difficulty(double baseDifficulty, double reputation);

  /** Name used in genesis files and configs. */
  String name();
}
