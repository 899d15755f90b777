/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.NewTransactionsMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Transactions waiting to be announced, grouped by the peer each came from (which must not get it
 * back). Many transactions share one NEW_TRANSACTIONS frame: a frame per transfer cost every peer a
 * frame decode, a TLS record and a dispatch per transaction (A-CHAIN-PERF-TX-BATCH). {@link #flush}
 * sends what is buffered; the owner calls it on a short timer and when {@link #add} reports the
 * batch full.
 */
final class OutgoingTransactions {

  /** Most transactions per frame; a full batch is sent without waiting for the timer. */
  static final int MAX_BATCH = 256;

  /** Most envelope bytes per frame, far below the frame limit (8 MiB by default). */
  static final int MAX_BATCH_BYTES = 512 * 1024;

  private final P2PNetwork network;
  private final Map<Optional<PeerConnection>, List<Bytes>> byOrigin = new LinkedHashMap<>();
  private int count;
  private long bytes;

  OutgoingTransactions(final P2PNetwork network) {
    this.network = network;
  }

  /** Buffers {@code envelope}; true when the buffer is full and should be flushed now. */
  synchronized boolean add(final Bytes envelope, final Optional<PeerConnection> origin) {
    byOrigin.computeIfAbsent(origin, o -> new ArrayList<>()).add(envelope);
    count++;
    bytes += envelope.size();
    return count >= MAX_BATCH || bytes >= MAX_BATCH_BYTES;
  }

  /**
   * {@code envelopes} as NEW_TRANSACTIONS frames within this class's batch bounds, in order: for
   * sends that do not go through the buffer, such as the catch-up of a newly connected peer.
   */
  static List<Frame> frames(final List<Bytes> envelopes) {
    final List<Frame> frames = new ArrayList<>();
    List<Bytes> batch = new ArrayList<>();
    long size = 0;
    for (final Bytes envelope : envelopes) {
      if (!batch.isEmpty()
          && (batch.size() >= MAX_BATCH || size + envelope.size() > MAX_BATCH_BYTES)) {
        frames.add(new NewTransactionsMessage(batch).encode());
        batch = new ArrayList<>();
        size = 0;
      }
      batch.add(envelope);
      size += envelope.size();
    }
    if (!batch.isEmpty()) {
      frames.add(new NewTransactionsMessage(batch).encode());
    }
    return frames;
  }

  /** Sends every buffered transaction, one frame per origin. */
  void flush() {
    final Map<Optional<PeerConnection>, List<Bytes>> batches;
    synchronized (this) {
      if (count == 0) {
        return;
      }
      batches = new LinkedHashMap<>(byOrigin);
      byOrigin.clear();
      count = 0;
      bytes = 0;
    }
    batches.forEach(
        (origin, envelopes) ->
            network.broadcast(new NewTransactionsMessage(envelopes).encode(), origin));
  }
}
