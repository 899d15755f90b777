/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.chain.execution.BlockHashLookup;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/**
 * BLOCKHASH for a block being imported: the hashes of its own ancestors (which may be off the
 * canonical chain), limited to the 256 most recent as in Ethereum.
 */
final class AncestorHashes implements BlockHashLookup {

  private static final int WINDOW = 256;

  private final ChainView chain;
  private final BlockHeader parent;

  AncestorHashes(final ChainView chain, final BlockHeader parent) {
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
