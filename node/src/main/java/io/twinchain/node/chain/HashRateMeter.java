/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.consensus.miner.Miner;
import java.util.Optional;

/**
 * The miner's measured hash rate for {@code eth_hashrate}: the hashes tried between two samples
 * divided by the time between them, sampled by the chain service every second.
 */
final class HashRateMeter {

  private final Optional<Miner> miner;
  private long lastHashes;
  private long lastNanos = System.nanoTime();
  private volatile long hashesPerSecond;

  HashRateMeter(final Optional<Miner> miner) {
    this.miner = miner;
  }

  void sample() {
    miner.ifPresent(
        m -> {
          final long hashes = m.hashesTried();
          final long now = System.nanoTime();
          if (now > lastNanos) {
            hashesPerSecond = (hashes - lastHashes) * 1_000_000_000L / (now - lastNanos);
          }
          lastHashes = hashes;
          lastNanos = now;
        });
  }

  long hashesPerSecond() {
    return hashesPerSecond;
  }
}
