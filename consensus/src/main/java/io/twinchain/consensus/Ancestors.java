/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus;

import static com.google.common.base.Preconditions.checkArgument;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import java.util.Optional;

/**
 * Ancestor lookups by parent hash, which work on forks too (canonical-number lookups would follow
 * the current head instead).
 */
public final class Ancestors {

  private Ancestors() {}

  /**
   * The ancestor of {@code from} (or {@code from} itself) at height {@code number}, or empty if a
   * block on the way is not stored.
   */
  public static Optional<BlockHeader> at(
      final ChainView chain, final BlockHeader from, final long number) {
    checkArgument(
        number >= 0 && number <= from.number(),
        "no ancestor of #%s at height %s",
        from.number(),
        number);
    Optional<BlockHeader> current = Optional.of(from);
    while (current.isPresent() && current.get().number() > number) {
      current = chain.header(current.get().parentHash());
    }
    return current;
  }
}
