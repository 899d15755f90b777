/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The transactions a node decoded most recently, by envelope hash. A node meets every transaction
 * several times (admission to its pool, each peer's gossip echo, the block it is mined in, the
 * canonical-block events), and sender recovery costs ~160 µs of CPU each time; the sender of an
 * envelope never changes, so one recovery serves them all. The oldest entries go first beyond the
 * capacity. Only successful decodes are kept, so a refusal is always re-checked.
 */
final class RecoveredTransactions {

  private final Map<Bytes32, Transaction> byHash;

  RecoveredTransactions(final int capacity) {
    this.byHash =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(final Map.Entry<Bytes32, Transaction> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Optional<Transaction> get(final Bytes32 hash) {
    return Optional.ofNullable(byHash.get(hash));
  }

  synchronized void put(final Transaction transaction) {
    byHash.put(transaction.hash(), transaction);
  }
}
