/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.retarget;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import java.util.Optional;
import org.apache.tuweni.units.bigints.UInt256;

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

  /**
   * δ_0 of the child of {@code parent}. Headers carry δ_0 in {@code difficulty} (seconds-resolution
   * timestamps); the child of genesis keeps genesis's δ_0, having no interval to learn from.
   *
   * @return empty if the grandparent is not stored
   */
  default Optional<UInt256> baseDifficultyOfChild(final BlockHeader parent, final ChainView chain) {
    final long parentBase = parent.difficulty().toLong();
    if (parent.number() == 0) {
      return Optional.of(UInt256.valueOf(parentBase));
    }
    return chain
        .header(parent.parentHash())
        .map(
            grandparent ->
                UInt256.valueOf(
                    nextBaseDifficulty(
                        parentBase,
                        Math.max(0, parent.timestamp() - grandparent.timestamp()) * 1_000)));
  }
}
