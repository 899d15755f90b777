/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * One piece of an encoded {@link TailRequest} streamed to the AP on {@link #TOPIC}, so that a large
 * cut tensor crosses the P2P connection while the link model is still pacing the rest of it
 * (assumption A-OFFLOAD-P2P-PACING). The AP answers the chunk that completes the request with the
 * tail's {@link TailResponse} and the others with an empty acknowledgement. Wire form
 * (little-endian): version u8 = 1, transfer id u64, total length u32, offset u32, then the bytes.
 *
 * @param transferId the gateway's id of the request, unique per gateway connection
 * @param totalLength bytes of the whole encoded request
 * @param offset where {@code data} starts in it
 * @param data the piece
 */
public record TailChunk(long transferId, int totalLength, int offset, Bytes data) {

  /** The topic APs serve chunks on. */
  public static final String TOPIC = "offload/tail-chunk";

  /**
   * Bytes per chunk: small enough that the last chunk's own transfer after the pacing is short,
   * large enough that per-message costs stay a small part of the pacing time.
   */
  public static final int CHUNK_BYTES = 16 * 1024;

  private static final int VERSION = 1;
  private static final int HEADER = 17;

  /** Checks the piece lies inside the request. */
  public TailChunk {
    if (totalLength <= 0 || offset < 0 || data.isEmpty() || offset + data.size() > totalLength) {
      throw new TailRejectedException(
          TailError.MALFORMED_REQUEST,
          "chunk [" + offset + ", +" + data.size() + ") outside a request of " + totalLength);
    }
  }

  /** Cuts {@code request} into chunks of at most {@link #CHUNK_BYTES}. */
  public static List<TailChunk> split(final long transferId, final Bytes request) {
    final List<TailChunk> chunks = new ArrayList<>();
    for (int offset = 0; offset < request.size(); offset += CHUNK_BYTES) {
      final int length = Math.min(CHUNK_BYTES, request.size() - offset);
      chunks.add(new TailChunk(transferId, request.size(), offset, request.slice(offset, length)));
    }
    return chunks;
  }

  /** Whether this piece ends the request. */
  public boolean last() {
    return offset + data.size() == totalLength;
  }

  /** The wire form. */
  public Bytes encode() {
    final ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
    header.put((byte) VERSION).putLong(transferId).putInt(totalLength).putInt(offset);
    return Bytes.wrap(Bytes.wrap(header.array()), data);
  }

  /**
   * Reads a chunk.
   *
   * @throws TailRejectedException with {@link TailError#MALFORMED_REQUEST}
   */
  public static TailChunk decode(final Bytes payload) {
    if (payload.size() <= HEADER || payload.get(0) != VERSION) {
      throw new TailRejectedException(TailError.MALFORMED_REQUEST, "truncated or unknown chunk");
    }
    final ByteBuffer header =
        ByteBuffer.wrap(payload.slice(1, HEADER - 1).toArrayUnsafe())
            .order(ByteOrder.LITTLE_ENDIAN);
    return new TailChunk(header.getLong(), header.getInt(), header.getInt(), payload.slice(HEADER));
  }
}
