/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.GatheringByteChannel;

/**
 * Writes tensor frames to one blocking channel (a socket). The header is encoded into a reused
 * direct buffer and sent with the tensor's own buffer in one gathering write, so a frame costs no
 * allocation and no payload copy. Not thread-safe: one writer per connection.
 */
public final class TensorFrameWriter {
  private final GatheringByteChannel channel;
  private final ByteBuffer header =
      ByteBuffer.allocateDirect(TensorFrameCodec.headerLength(TensorFrameCodec.MAX_RANK))
          .order(ByteOrder.LITTLE_ENDIAN);
  private final ByteBuffer[] frame = new ByteBuffer[2];

  /** A writer on {@code channel}. */
  public TensorFrameWriter(final GatheringByteChannel channel) {
    this.channel = channel;
  }

  /** Writes one frame, blocking until it is all sent. */
  public void write(final Tensor tensor) throws IOException {
    TensorFrameCodec.putHeader(header.clear(), tensor);
    frame[0] = header.flip();
    frame[1] = tensor.data();
    long left = frame[0].remaining() + (long) frame[1].remaining();
    while (left > 0) {
      left -= channel.write(frame);
    }
  }
}
