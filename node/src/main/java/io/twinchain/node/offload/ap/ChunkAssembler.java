/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.ap;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.offload.wire.TailChunk;
import io.twinchain.node.offload.wire.TailError;
import io.twinchain.node.offload.wire.TailRejectedException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reassembles streamed {@link TailChunk}s into the encoded request, copying each piece once into a
 * direct buffer as it arrives (so the copy overlaps the rest of the transfer) that the tail then
 * reads without another copy. Chunks of one request must arrive in order, as one P2P connection
 * delivers them; anything else drops the request with {@link TailError#MALFORMED_REQUEST}. Memory
 * is bounded: requests up to {@link #MAX_REQUEST_BYTES}, at most {@link #MAX_OPEN} unfinished ones
 * (the oldest is dropped). Thread-safe.
 */
final class ChunkAssembler {
  static final int MAX_REQUEST_BYTES = 64 * 1024 * 1024;
  static final int MAX_OPEN = 16;

  private record Key(NodeId from, long transferId) {}

  private final Map<Key, ByteBuffer> open = new LinkedHashMap<>();

  /**
   * Adds {@code chunk} from {@code from}; returns the whole request (little-endian, positioned at
   * its start) once its last piece arrived.
   *
   * @throws TailRejectedException if the chunk does not continue its request
   */
  synchronized Optional<ByteBuffer> accept(final NodeId from, final TailChunk chunk) {
    final Key key = new Key(from, chunk.transferId());
    final ByteBuffer buffer = chunk.offset() == 0 ? start(key, chunk) : open.get(key);
    if (buffer == null
        || buffer.capacity() != chunk.totalLength()
        || buffer.position() != chunk.offset()) {
      open.remove(key);
      throw new TailRejectedException(
          TailError.MALFORMED_REQUEST,
          "chunk at " + chunk.offset() + " does not continue transfer " + chunk.transferId());
    }
    buffer.put(chunk.data().toArrayUnsafe());
    if (!chunk.last()) {
      return Optional.empty();
    }
    open.remove(key);
    return Optional.of(buffer.flip().order(ByteOrder.LITTLE_ENDIAN));
  }

  private ByteBuffer start(final Key key, final TailChunk chunk) {
    if (chunk.totalLength() > MAX_REQUEST_BYTES) {
      throw new TailRejectedException(
          TailError.MALFORMED_REQUEST,
          "request of " + chunk.totalLength() + " bytes exceeds " + MAX_REQUEST_BYTES);
    }
    final Iterator<Key> oldest = open.keySet().iterator();
    while (open.size() >= MAX_OPEN && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
    final ByteBuffer buffer = ByteBuffer.allocateDirect(chunk.totalLength());
    open.put(key, buffer);
    return buffer;
  }

  /** Unfinished requests, for tests. */
  synchronized int openCount() {
    return open.size();
  }
}
