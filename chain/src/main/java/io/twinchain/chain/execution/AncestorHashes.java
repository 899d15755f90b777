/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/**
 * BLOCKHASH for a block built or imported on {@code parent}: the hashes of its own ancestors (which
 * may be off the canonical chain), limited to the 256 most recent as in Ethereum. Producers and the
 * importer must both use it so a block executes the same way on both sides.
 */
public final class AncestorHashes implements BlockHashLookup {

  private static final int WINDOW = 256;

  private final ChainView chain;
  private final BlockHeader parent;

  /** Ancestors of a child of {@code parent} in {@code chain}. */
  public AncestorHashes(final ChainView chain, final BlockHeader parent) {
    this.chain = chain;
    this.parent = parent;
  }

  @Override
  public Optional<Bytes32> hashOf(final long number) {
    if (number > parent.number() || number <= parent.number() - WINDOW || number < 0) {
      return Optional.empty();
    }
    BlockHeader cursor = parent;
    while (cursor.number() > number) {
      final Optional<BlockHeader> next = chain.header(cursor.parentHash());
      if (next.isEmpty()) {
        return Optional.empty();
      }
      cursor = next.get();
    }
    return Optional.of(cursor.hash());
  }
}
