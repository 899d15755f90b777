/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.storage.StorageException;
import io.twinchain.chain.store.ChainStorage;
import io.twinchain.chain.store.ChainUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Stages the canonical-index changes of a new head into a {@link ChainUpdate}: heights of the old
 * branch above the fork point are unindexed, then the new branch is indexed from the fork point up.
 * Extending the head is the one-block case of the same walk. The world state needs no change: every
 * block's state is kept under its own root.
 */
final class CanonicalChainSwitch {

  private CanonicalChainSwitch() {}

  /**
   * Stages the switch from {@code oldHead} to {@code newHead}, whose body {@code newEnvelopes} is
   * staged in the same update and not yet readable.
   *
   * @return how many old canonical blocks left the canonical chain (the reorg depth)
   */
  static int stage(
      final ChainUpdate update,
      final ChainStorage storage,
      final BlockHeader oldHead,
      final BlockHeader newHead,
      final List<Bytes> newEnvelopes) {
    final List<BlockHeader> newBranch = new ArrayList<>();
    BlockHeader cursor = newHead;
    while (!storage.canonicalHash(cursor.number()).equals(Optional.of(cursor.hash()))) {
      newBranch.add(cursor);
      cursor = parentOf(storage, cursor);
    }
    final long forkPoint = cursor.number();
    for (long number = oldHead.number(); number > forkPoint; number--) {
      final var hash = storage.canonicalHash(number).orElseThrow();
      update.removeCanonical(number, storage.body(hash).orElse(List.of()));
    }
    for (int i = newBranch.size() - 1; i >= 0; i--) {
      final BlockHeader header = newBranch.get(i);
      update.makeCanonical(
          header, i == 0 ? newEnvelopes : storage.body(header.hash()).orElseThrow());
    }
    return (int) (oldHead.number() - forkPoint);
  }

  private static BlockHeader parentOf(final ChainStorage storage, final BlockHeader header) {
    return storage
        .header(header.parentHash())
        .orElseThrow(() -> new StorageException("stored block " + header + " has no parent"));
  }
}
