/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.web3j.utils.Numeric;

/**
 * Follows one node's canonical blocks ({@code eth_blockNumber}, then {@code eth_getBlockByNumber}
 * with hashes only) and counts the load's transactions in them, noting when the last one was seen.
 * Runs on its own thread until stopped.
 */
final class MinedCounter implements Runnable {

  private final RpcClient rpc;
  private final Set<String> ours;
  private final AtomicLong mined = new AtomicLong();
  private final AtomicLong blocks = new AtomicLong();
  private final AtomicLong lastMinedAtNanos = new AtomicLong();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private volatile boolean running = true;
  private long next;

  /**
   * @param ours the load's transaction hashes ({@code 0x} lower-case hex)
   * @param fromBlock the first block to look at
   */
  MinedCounter(final RpcClient rpc, final Set<String> ours, final long fromBlock) {
    this.rpc = rpc;
    this.ours = ours;
    this.next = fromBlock;
  }

  @Override
  public void run() {
    while (running) {
      final long head = Numeric.decodeQuantity(rpc.call("eth_blockNumber").asText()).longValue();
      while (next <= head) {
        count(
            rpc.call(
                "eth_getBlockByNumber",
                Numeric.encodeQuantity(java.math.BigInteger.valueOf(next)),
                false));
        next++;
      }
      try {
        Thread.sleep(200);
      } catch (final InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void count(final JsonNode block) {
    blocks.incrementAndGet();
    long found = 0;
    for (final JsonNode hash : block.path("transactions")) {
      final String hex = hash.asText().toLowerCase(java.util.Locale.ROOT);
      if (ours.contains(hex) && seen.add(hex)) {
        found++;
      }
    }
    if (found > 0) {
      mined.addAndGet(found);
      lastMinedAtNanos.set(System.nanoTime());
    }
  }

  long mined() {
    return mined.get();
  }

  long blocks() {
    return blocks.get();
  }

  long lastMinedAtNanos() {
    return lastMinedAtNanos.get();
  }

  void stop() {
    running = false;
  }
}
