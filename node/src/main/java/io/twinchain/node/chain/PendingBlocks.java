/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.BlockHeader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Blocks that cannot be imported yet: their parent is unknown, or their timestamp is ahead of the
 * local clock. Bounded: when full, the block parked longest ago is dropped (a peer can always send
 * it again, and sync fetches what is missing). Not thread-safe; the pipeline serialises access.
 */
final class PendingBlocks {

  /** Why a block waits. */
  enum Awaiting {
    PARENT,
    CLOCK
  }

  /** A parked block with what is needed to import it later. */
  record Parked(BlockHeader header, Bytes encoded, BlockOrigin origin, Awaiting awaiting) {}

  private final int capacity;
  private final LinkedHashMap<Bytes32, Parked> byHash = new LinkedHashMap<>();

  PendingBlocks(final int capacity) {
    this.capacity = capacity;
  }

  /** Parks {@code block}, evicting the oldest when full; a block parked already is kept once. */
  void park(final Parked block) {
    if (byHash.containsKey(block.header().hash())) {
      return;
    }
    if (byHash.size() >= capacity) {
      final Iterator<Map.Entry<Bytes32, Parked>> oldest = byHash.entrySet().iterator();
      oldest.next();
      oldest.remove();
    }
    byHash.put(block.header().hash(), block);
  }

  /** Removes and returns the blocks waiting for {@code parent}. */
  List<Parked> takeChildrenOf(final Bytes32 parent) {
    return take(
        block -> block.awaiting() == Awaiting.PARENT && block.header().parentHash().equals(parent));
  }

  /** Removes and returns the clock-parked blocks whose timestamp is at most {@code latest}. */
  List<Parked> takeDue(final long latest) {
    return take(
        block -> block.awaiting() == Awaiting.CLOCK && block.header().timestamp() <= latest);
  }

  int size() {
    return byHash.size();
  }

  private List<Parked> take(final Predicate<Parked> which) {
    final List<Parked> taken = new ArrayList<>();
    final Iterator<Parked> blocks = byHash.values().iterator();
    while (blocks.hasNext()) {
      final Parked block = blocks.next();
      if (which.test(block)) {
        taken.add(block);
        blocks.remove();
      }
    }
    return taken;
  }
}
