/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

import java.util.Arrays;

/**
 * Multi-level step difficulty after Proof-of-Trusted-Work: δ_k = δ_0 / 2^j when R_k lies in [r_j,
 * r_{j+1}). Assumption A-DIFF-STEP (spec §3.2 [RECON]). {@code thresholds} holds r_1 < r_2 < … (r_0
 * = 0 is implicit), so an AP below r_1 mines at δ_0.
 */
public final class MultiLevelDifficulty implements DifficultyFunction {

  /** Name in genesis/config files. */
  public static final String NAME = "multi-level";

  private final double[] thresholds;

  public MultiLevelDifficulty(final double... thresholds) {
    for (int i = 0; i < thresholds.length; i++) {
      final double r = thresholds[i];
      if (!(r > 0 && r <= 1) || (i > 0 && r <= thresholds[i - 1])) {
        throw new IllegalArgumentException(
            "thresholds must rise strictly within (0, 1]: " + Arrays.toString(thresholds));
      }
    }
    this.thresholds = thresholds.clone();
  }

  @Override
  public double difficulty(final double baseDifficulty, final double reputation) {
    Reputations.checkBase(baseDifficulty);
    final double r = Reputations.clamp(reputation);
    int level = 0;
    while (level < thresholds.length && r >= thresholds[level]) {
      level++;
    }
    return Math.max(1.0, StrictMath.scalb(baseDifficulty, -level));
  }

  /** The level boundaries r_1 < r_2 < …. */
  public double[] thresholds() {
    return thresholds.clone();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof MultiLevelDifficulty that && Arrays.equals(thresholds, that.thresholds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "MultiLevelDifficulty" + Arrays.toString(thresholds);
  }
}
