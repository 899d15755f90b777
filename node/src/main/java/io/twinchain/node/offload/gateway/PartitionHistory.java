/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.twin.model.ThingId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partitions each twin's DNN used, per slot, bounded to the latest {@code slotsPerTwin} slots
 * of each twin, in memory (the controller's decisions are the durable record, in ControllerLog).
 * Thread-safe: the offload loop writes, JSON-RPC reads.
 */
public final class PartitionHistory {
  private final int slotsPerTwin;
  private final Map<ThingId, Deque<PartitionRecord>> records = new ConcurrentHashMap<>();

  /** A history keeping the last {@code slotsPerTwin} ≥ 1 records of every twin. */
  public PartitionHistory(final int slotsPerTwin) {
    if (slotsPerTwin < 1) {
      throw new IllegalArgumentException("must keep >= 1 slot, was " + slotsPerTwin);
    }
    this.slotsPerTwin = slotsPerTwin;
  }

  /** Records {@code entry} of {@code thingId}; slots arrive in increasing order. */
  public void record(final ThingId thingId, final PartitionRecord entry) {
    final Deque<PartitionRecord> twin = records.computeIfAbsent(thingId, key -> new ArrayDeque<>());
    synchronized (twin) {
      twin.addLast(entry);
      if (twin.size() > slotsPerTwin) {
        twin.removeFirst();
      }
    }
  }

  /** The partition of {@code thingId} in {@code slot}, if it ran then and is still kept. */
  public Optional<PartitionRecord> lookup(final ThingId thingId, final long slot) {
    final Deque<PartitionRecord> twin = records.get(thingId);
    if (twin == null) {
      return Optional.empty();
    }
    synchronized (twin) {
      return twin.stream().filter(entry -> entry.slot() == slot).findFirst();
    }
  }

  /** The latest partition of {@code thingId}, if any. */
  public Optional<PartitionRecord> latest(final ThingId thingId) {
    final Deque<PartitionRecord> twin = records.get(thingId);
    if (twin == null) {
      return Optional.empty();
    }
    synchronized (twin) {
      return Optional.ofNullable(twin.peekLast());
    }
  }
}
