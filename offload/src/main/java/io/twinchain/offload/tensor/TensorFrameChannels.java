/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.ReadableByteChannel;
import java.util.function.IntFunction;

/**
 * Tensor frames over blocking byte channels (sockets, pipes): a gathering write of header and the
 * tensor's own buffer, and a read that validates the header before allocating the payload buffer.
 */
public final class TensorFrameChannels {
  private TensorFrameChannels() {}

  /** Writes one frame; the payload goes from the tensor's buffer to the channel uncopied. */
  public static void write(final GatheringByteChannel channel, final Tensor tensor)
      throws IOException {
    final ByteBuffer[] frame = TensorFrameCodec.encode(tensor);
    long left = frame[0].remaining() + (long) frame[1].remaining();
    while (left > 0) {
      left -= channel.write(frame);
    }
  }

  /**
   * Reads one frame into a fresh direct buffer. Throws {@link MalformedFrameException} for a bad
   * header and {@link EOFException} if the stream ends inside the frame.
   */
  public static Tensor read(final ReadableByteChannel channel) throws IOException {
    return read(channel, ByteBuffer::allocateDirect);
  }

  /**
   * Reads one frame, taking the payload buffer from {@code payloadBuffers} (given the payload
   * length; it must return a buffer with exactly that many bytes remaining). A receiver that reuses
   * one buffer per connection allocates nothing per frame; the tensor is then valid until the next
   * read.
   */
  public static Tensor read(
      final ReadableByteChannel channel, final IntFunction<ByteBuffer> payloadBuffers)
      throws IOException {
    final ByteBuffer fixed = ByteBuffer.allocate(TensorFrameCodec.FIXED_HEADER);
    readFully(channel, fixed.order(ByteOrder.LITTLE_ENDIAN));
    final int rank = Byte.toUnsignedInt(fixed.get(6));
    final int headerLength =
        TensorFrameCodec.headerLength(Math.min(rank, TensorFrameCodec.MAX_RANK));
    final ByteBuffer header = ByteBuffer.allocate(headerLength).put(fixed.flip());
    readFully(channel, header);
    final FrameHeader parsed = FrameHeader.read(header.flip());
    final ByteBuffer payload = payloadBuffers.apply((int) parsed.payloadLength());
    final int start = payload.position();
    readFully(channel, payload);
    return new Tensor(parsed.dtype(), parsed.shape(), payload.position(start));
  }

  private static void readFully(final ReadableByteChannel channel, final ByteBuffer buffer)
      throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw new EOFException("stream ended inside a tensor frame");
      }
    }
  }
}
