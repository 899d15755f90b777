/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.tensor.TensorFrameCodec;
import io.twinchain.offload.tensor.TensorFrameReader;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/**
 * The AP end of a {@link SocketLink}: reads frames from one connection, hands each tensor to a
 * consumer (valid only during the call) and acknowledges it with its frame length (8 bytes,
 * little-endian). A malformed frame ends the connection with {@link
 * io.twinchain.offload.tensor.MalformedFrameException}.
 */
public final class LinkReceiver {
  private final SocketChannel socket;
  private final TensorFrameReader reader;
  private final ByteBuffer ack =
      ByteBuffer.allocateDirect(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);

  /**
   * A receiver on an accepted, blocking connection; acknowledgements go out without Nagle delay.
   */
  public LinkReceiver(final SocketChannel socket) throws IOException {
    socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
    this.socket = socket;
    this.reader = new TensorFrameReader(socket, 64 * 1024);
  }

  /**
   * Receives and acknowledges frames until the gateway closes the connection; a frame cut short by
   * the close is dropped unacknowledged, so the gateway's {@link Link#send} fails for it.
   *
   * @return the number of frames received
   */
  public long serve(final Consumer<Tensor> consumer) throws IOException {
    long frames = 0;
    while (true) {
      final Tensor tensor;
      try {
        tensor = reader.read();
      } catch (final EOFException closed) {
        return frames;
      }
      consumer.accept(tensor);
      acknowledge(TensorFrameCodec.headerLength(tensor.shape().length) + (long) tensor.byteSize());
      frames++;
    }
  }

  private void acknowledge(final long bytes) throws IOException {
    ack.clear().putLong(0, bytes);
    while (ack.hasRemaining()) {
      socket.write(ack);
    }
  }
}
