/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.chain.block.BlockHeader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The anchors mined in recent canonical blocks, watched so that the gateway notices when such a
 * block leaves the canonical chain. Chain events deliver a new branch from the fork point up, so
 * the first canonical block at or below an anchor's height that is not the anchor's block means the
 * anchor's block was replaced.
 *
 * <p>Assumption A-TWIN-ANCHOR-REORG: an anchor is watched until its block is {@value #HORIZON}
 * blocks deep; a deeper reorganisation is not expected on the permissioned chain.
 */
final class MinedAnchors {

  /** How many blocks deep an anchor's block is watched. */
  static final long HORIZON = 1024;

  private record MinedAt(long number, Bytes32 hash) {}

  private final Map<Long, MinedAt> bySlot = new HashMap<>();

  /** Watches the anchor of {@code slot}, mined in block {@code number} with {@code hash}. */
  synchronized void watch(final long slot, final long number, final Bytes32 hash) {
    bySlot.put(slot, new MinedAt(number, hash));
  }

  /**
   * The slots whose anchor block is no longer canonical now that {@code header} is; they, and the
   * anchors deeper than the horizon, are no longer watched.
   */
  synchronized List<Long> orphanedBy(final BlockHeader header) {
    final List<Long> orphaned = new ArrayList<>();
    final Iterator<Map.Entry<Long, MinedAt>> entries = bySlot.entrySet().iterator();
    while (entries.hasNext()) {
      final Map.Entry<Long, MinedAt> entry = entries.next();
      final MinedAt mined = entry.getValue();
      final boolean replaced =
          mined.number() > header.number()
              || (mined.number() == header.number() && !mined.hash().equals(header.hash()));
      if (replaced) {
        orphaned.add(entry.getKey());
      }
      if (replaced || mined.number() + HORIZON < header.number()) {
        entries.remove();
      }
    }
    return orphaned;
  }
}
