/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.forkchoice;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainTip;
import io.twinchain.chain.block.ChainView;
import java.util.Comparator;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The fork-choice rule: the greater tip is preferred (assumption A-CONS-FORK-WEIGHT).
 *
 * <p>Tie-breakers, in order:
 *
 * <ol>
 *   <li>Heavier cumulative <em>nominal</em> work: Σ δ_0 from genesis, the base difficulty each
 *       header carries, not the reputation-lowered δ_k its miner actually had to meet. Were δ_k
 *       counted, reputation would move fork choice the wrong way (a reputed AP's easier blocks
 *       would weigh less), and any weight that reputation could add without hashing would let stake
 *       alone outweigh the honest hash power, undoing the PoW security the paper keeps. Counted as
 *       δ_0, a block weighs the same whoever mined it, so only the number of blocks the whole
 *       network's hashing produced at a difficulty decides, as in plain PoW.
 *   <li>Lower height: equal work in fewer blocks was mined at higher base difficulty.
 *   <li>Lowest block hash: an arbitrary but common choice, so every node picks the same tip.
 * </ol>
 */
public final class NominalWorkForkChoice {

  private NominalWorkForkChoice() {}

  /** The rule over tips whose cumulative work the chain store has summed. */
  public static Comparator<ChainTip> comparator() {
    return Comparator.comparing(ChainTip::totalWork) // 1. heavier nominal work
        .thenComparing(tip -> tip.header().number(), Comparator.reverseOrder()) // 2. lower height
        .thenComparing(tip -> tip.header().hash(), Comparator.reverseOrder()); // 3. lowest hash
  }

  /**
   * The same rule over stored headers, reading their cumulative work from {@code chain}.
   *
   * @throws IllegalStateException when a compared header's work is not stored
   */
  public static Comparator<BlockHeader> forHeaders(final ChainView chain) {
    return Comparator.comparing(
        (final BlockHeader header) -> new ChainTip(header, totalWork(chain, header)), comparator());
  }

  private static UInt256 totalWork(final ChainView chain, final BlockHeader header) {
    return chain
        .totalWork(header.hash())
        .orElseThrow(() -> new IllegalStateException("no cumulative work stored for " + header));
  }
}
