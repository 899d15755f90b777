/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.tensor.TensorFrameReader;
import io.twinchain.offload.tensor.TensorFrameWriter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One tensor from gateway to AP over loopback TCP, acknowledged by one byte: framed (header encode,
 * gathering write, header validation, payload into the reader's reused direct buffer) against a raw
 * socket copy of the same payload bytes into a reused buffer. Nagle's algorithm is off on both ends
 * of both connections, as on the offload links. Run the paired form pinned to one CPU ({@code
 * taskset -c 0}, as {@code bench/offload/overhead.sh} does): on two CPUs the scheduler places the
 * sender and each connection's receiver thread on the same or on different cores and keeps that for
 * seconds, and a 256 KiB frame then takes ~47 µs or ~88 µs (probably its bytes crossing between the
 * cores' caches) whichever side it is, which no pairing of rounds can cancel.
 */
public class TensorTransferBenchmark extends OffloadBenchmarkSettings {
  /** Payload sizes: a late cut, VGG/4 after layer 1, full-width VGG after maxpool 1. */
  @Param({"2048", "65536", "262144"})
  public int payloadBytes;

  private Tensor tensor;
  private final ByteBuffer ack = ByteBuffer.allocateDirect(1);
  private SocketChannel framed;
  private TensorFrameWriter writer;
  private SocketChannel raw;
  private ServerSocketChannel server;

  /** Opens two loopback connections, each served by an echo-acknowledging thread. */
  @Setup
  public void connect() throws IOException {
    tensor = Tensor.ofFloats(new long[] {1, payloadBytes / 4}, new float[payloadBytes / 4]);
    server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    framed = noDelay(SocketChannel.open(server.getLocalAddress()));
    writer = new TensorFrameWriter(framed);
    serve(noDelay(server.accept()), true);
    raw = noDelay(SocketChannel.open(server.getLocalAddress()));
    serve(noDelay(server.accept()), false);
  }

  private static SocketChannel noDelay(final SocketChannel channel) throws IOException {
    return channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
  }

  private void serve(final SocketChannel peer, final boolean framing) {
    final Thread thread =
        new Thread(
            () -> {
              final ByteBuffer reused = ByteBuffer.allocateDirect(payloadBytes);
              final TensorFrameReader frames = new TensorFrameReader(peer, payloadBytes + 64);
              final ByteBuffer reply = ByteBuffer.allocateDirect(1);
              try (peer) {
                while (true) {
                  if (framing) {
                    frames.read();
                  } else {
                    reused.clear();
                    while (reused.hasRemaining() && peer.read(reused) >= 0) {}
                  }
                  reply.clear();
                  peer.write(reply);
                }
              } catch (final IOException e) {
                // the benchmark closed the connection
              }
            },
            "bench-ap");
    thread.setDaemon(true);
    thread.start();
  }

  /** Closes the connections; the server threads end on end-of-stream. */
  @TearDown
  public void close() throws IOException {
    framed.close();
    raw.close();
    server.close();
  }

  /** Tensor frame out, acknowledgement back. */
  @Benchmark
  public int framed() throws IOException {
    writer.write(tensor);
    return awaitAck(framed);
  }

  /** The same payload bytes, unframed, acknowledgement back. */
  @Benchmark
  public int raw() throws IOException {
    final ByteBuffer bytes = tensor.data();
    while (bytes.hasRemaining()) {
      raw.write(bytes);
    }
    return awaitAck(raw);
  }

  private int awaitAck(final SocketChannel channel) throws IOException {
    ack.clear();
    while (ack.hasRemaining()) {
      if (channel.read(ack) < 0) {
        throw new IOException("peer closed");
      }
    }
    return ack.get(0);
  }
}
