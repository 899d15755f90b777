/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.node.rpc.query.ReputationQueries.ApReputation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * The most recently read reputations by block hash, AP and slot. The state after a block never
 * changes, so a kept answer stays right; keeping them spares {@code rep_getReputation} of the same
 * AP at the same head an EVM call (a fresh libevm state and the registry's decay loop) per request.
 * Least recently used entries go first beyond the capacity.
 */
final class ReputationMemo {

  private record Key(Bytes32 block, Address ap, long slot) {}

  private final Map<Key, ApReputation> entries;

  /** A memo of at most {@code capacity} answers. */
  ReputationMemo(final int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(final Map.Entry<Key, ApReputation> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The kept answer for the AP at {@code slot} after {@code block}, else {@code read}'s. */
  ApReputation get(
      final BlockHeader block,
      final Address ap,
      final long slot,
      final Supplier<ApReputation> read) {
    final Key key = new Key(block.hash(), ap, slot);
    synchronized (entries) {
      final Optional<ApReputation> kept = Optional.ofNullable(entries.get(key));
      if (kept.isPresent()) {
        return kept.get();
      }
    }
    // Read outside the lock: an EVM call must not hold up readers of other keys.
    final ApReputation fresh = read.get();
    synchronized (entries) {
      entries.put(key, fresh);
    }
    return fresh;
  }
}
