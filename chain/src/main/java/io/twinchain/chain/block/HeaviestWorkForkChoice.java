/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import java.util.Comparator;

/**
 * Default fork choice: the greater tip is preferred. Consensus injects its own comparator; this one
 * serves the ledger's tests and tools. The importer replaces the head only when a new tip compares
 * strictly greater, so an exact tie keeps the current head.
 */
public final class HeaviestWorkForkChoice {

  private HeaviestWorkForkChoice() {}

  /**
   * Tie-breakers, in order: (1) higher cumulative work; (2) lower block hash, so every node picks
   * the same tip among equally heavy ones.
   */
  public static Comparator<ChainTip> comparator() {
    return Comparator.comparing(ChainTip::totalWork)
        .thenComparing((final ChainTip tip) -> tip.header().hash(), Comparator.reverseOrder());
  }
}
