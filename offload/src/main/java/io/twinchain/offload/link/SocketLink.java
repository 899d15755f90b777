/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.runtime.Pacer;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.tensor.TensorFrameCodec;
import io.twinchain.offload.tensor.TensorFrameWriter;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.SocketChannel;

/**
 * A link over one blocking TCP connection to a {@link LinkReceiver}: writes the frame to {@code
 * output} (the socket itself, or a {@link PacedChannel} over it) and waits for the receiver's
 * 8-byte acknowledgement, which carries the frame length it read. Waiting for it makes the measured
 * time cover delivery, not just the copy into the kernel's send buffer.
 */
public final class SocketLink implements Link {
  private final SocketChannel socket;
  private final TensorFrameWriter writer;
  private final Pacer clock;
  private final ByteBuffer ack =
      ByteBuffer.allocateDirect(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);

  /**
   * A link writing through {@code output} and reading acknowledgements from {@code socket}. Turns
   * Nagle's algorithm off: it would hold a frame's last partial segment (or a paced chunk's) until
   * the previous one is acknowledged, adding the peer's delayed-ACK time to transfers.
   */
  public SocketLink(
      final SocketChannel socket, final GatheringByteChannel output, final Pacer clock)
      throws IOException {
    socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
    this.socket = socket;
    this.writer = new TensorFrameWriter(output);
    this.clock = clock;
  }

  /** An unpaced link straight on {@code socket}, timed by the system clock. */
  public static SocketLink direct(final SocketChannel socket) throws IOException {
    return new SocketLink(socket, socket, Pacer.SYSTEM);
  }

  @Override
  public Transfer send(final Tensor tensor) throws IOException {
    final long bytes =
        TensorFrameCodec.headerLength(tensor.shape().length) + (long) tensor.byteSize();
    final long start = clock.nanoTime();
    writer.write(tensor);
    final long acknowledged = readAck();
    if (acknowledged != bytes) {
      throw new IOException("receiver acknowledged " + acknowledged + " bytes, sent " + bytes);
    }
    return new Transfer(bytes, Math.max(1, clock.nanoTime() - start));
  }

  private long readAck() throws IOException {
    ack.clear();
    while (ack.hasRemaining()) {
      if (socket.read(ack) < 0) {
        throw new EOFException("receiver closed the link before acknowledging");
      }
    }
    return ack.getLong(0);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
