/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.storage.StorageException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores the invariant "the head's world state exists" after a crash. Import writes the state
 * first and the block + head second, so normally nothing is to do; if the state database lost
 * writes the block store kept (e.g. power loss before LevelDB reached the disk), the head rolls
 * back to the newest ancestor whose state exists, and the blocks above it are deleted, in one
 * atomic batch, so they can be imported again.
 */
public final class ChainRecovery {

  private static final Logger LOG = LoggerFactory.getLogger(ChainRecovery.class);

  private ChainRecovery() {}

  /**
   * Rolls the head back until its state exists.
   *
   * @return the number of blocks rolled back (0 when the head was consistent)
   */
  public static int recover(final ChainStorage storage, final WorldStateArchive archive) {
    final Blockchain chain = new Blockchain(storage);
    BlockHeader head = chain.head();
    final List<BlockHeader> dropped = new ArrayList<>();
    while (!archive.contains(head.stateRoot())) {
      if (head.number() == 0) {
        throw new StorageException("the genesis state " + head.stateRoot() + " is missing");
      }
      dropped.add(head);
      final BlockHeader child = head;
      head =
          chain
              .header(child.parentHash())
              .orElseThrow(() -> new StorageException("parent of " + child + " is missing"));
    }
    if (!dropped.isEmpty()) {
      drop(storage, dropped, head);
      LOG.warn("Rolled the head back {} blocks to {} whose state exists", dropped.size(), head);
    }
    return dropped.size();
  }

  private static void drop(
      final ChainStorage storage, final List<BlockHeader> dropped, final BlockHeader newHead) {
    try (ChainUpdate update = storage.startUpdate()) {
      for (final BlockHeader header : dropped) {
        update.removeBlock(header, storage.body(header.hash()).orElse(List.of()));
      }
      update.setHead(newHead.hash()).commit();
    }
  }
}
