/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.difficulty;

import static com.google.common.base.Preconditions.checkArgument;

import io.twinchain.chain.reputation.DifficultyFunction;
import io.twinchain.consensus.pow.Target;

/**
 * An AP's PoW target from its reputation (spec §3.2): δ_k = function(δ_0, R_k), target_k = ⌊2^256 /
 * δ_k⌋. δ_0 is the block's base difficulty after retargeting and R_k the AP's reputation in the
 * parent block's state, so every verifier recomputes the same target.
 *
 * @param function the milestone's stake-to-difficulty strategy (exponential, multi-level, …)
 * @see <a href="../../../../../../../../shared/spec/bdt-model.md">bdt-model.md §3.2</a>
 */
public record ReputationWeightedTarget(DifficultyFunction function) {

  /** δ_k for an AP of reputation {@code reputation} when the base difficulty is δ_0. */
  public double difficulty(final long baseDifficulty, final double reputation) {
    checkArgument(baseDifficulty >= 1, "base difficulty must be >= 1, got %s", baseDifficulty);
    return function.difficulty(baseDifficulty, reputation);
  }

  /** target_k for an AP of reputation {@code reputation} when the base difficulty is δ_0. */
  public Target target(final long baseDifficulty, final double reputation) {
    return Target.fromDifficulty(difficulty(baseDifficulty, reputation));
  }
}
