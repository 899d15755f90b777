/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/**
 * Reads tensor frames from one blocking channel into a reused direct buffer, as many bytes per
 * system call as the channel offers, and decodes them in place. The header is validated (as by
 * {@link TensorFrameCodec#decode}) as soon as it has arrived, before the buffer grows for the
 * payload, and is parsed once per frame. A returned tensor is a view of the buffer: it stays valid
 * until the next {@link #read()}. Not thread-safe: one reader per connection.
 */
public final class TensorFrameReader {
  private final ReadableByteChannel channel;
  private ByteBuffer buffer;
  private int consumed;

  /** A reader on {@code channel} starting with a buffer of {@code initialCapacity} bytes. */
  public TensorFrameReader(final ReadableByteChannel channel, final int initialCapacity) {
    this.channel = channel;
    this.buffer = ByteBuffer.allocateDirect(Math.max(initialCapacity, 256));
    buffer.order(ByteOrder.LITTLE_ENDIAN).limit(0);
  }

  /**
   * Reads the next frame. Throws {@link MalformedFrameException} for a bad header and {@link
   * EOFException} if the stream ends inside a frame. After either, the stream is out of step: close
   * the connection.
   */
  public Tensor read() throws IOException {
    discardConsumed();
    fill(TensorFrameCodec.FIXED_HEADER);
    final int rank = Byte.toUnsignedInt(buffer.get(6));
    fill(TensorFrameCodec.headerLength(Math.min(rank, TensorFrameCodec.MAX_RANK)));
    final FrameHeader header = FrameHeader.read(buffer);
    final int length = Math.toIntExact(header.length() + header.payloadLength());
    fill(length);
    consumed = length;
    return TensorFrameCodec.payloadOf(header, buffer);
  }

  private void discardConsumed() {
    buffer.position(consumed).compact().flip();
    consumed = 0;
  }

  /** Reads until at least {@code bytes} bytes are buffered (between 0 and the limit). */
  private void fill(final int bytes) throws IOException {
    if (buffer.capacity() < bytes) {
      final ByteBuffer larger = ByteBuffer.allocateDirect(Math.max(bytes, 2 * buffer.capacity()));
      buffer = larger.order(ByteOrder.LITTLE_ENDIAN).put(buffer.position(0)).flip();
    }
    while (buffer.limit() < bytes) {
      final int end = buffer.limit();
      buffer.position(end).limit(buffer.capacity());
      final int read = channel.read(buffer);
      buffer.limit(buffer.position()).position(0);
      if (read < 0) {
        throw new EOFException("stream ended inside a tensor frame");
      }
    }
  }
}
