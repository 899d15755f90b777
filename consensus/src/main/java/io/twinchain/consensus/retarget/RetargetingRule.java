/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.retarget;

/**
 * Base-difficulty retargeting: δ_0 of a block from its parent's δ_0 and the interval the parent's
 * δ_0 produced (parent timestamp − grandparent timestamp). Both inputs are on chain before the
 * block is mined, so its miner cannot steer its own δ_0 through the timestamp it chooses.
 */
public interface RetargetingRule {

  /**
   * The next base difficulty.
   *
   * @param parentBaseDifficulty δ_0 of the parent, at least 1
   * @param parentIntervalMillis how long the parent took to mine, in milliseconds, at least 0
   * @return δ_0 of the child, at least 1
   */
  long nextBaseDifficulty(long parentBaseDifficulty, long parentIntervalMillis);
}
