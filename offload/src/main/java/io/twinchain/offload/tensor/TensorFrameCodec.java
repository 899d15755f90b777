/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The wire frame of a tensor. All fields little-endian:
 *
 * <pre>
 *  0  magic    4 bytes "TCTF"
 *  4  version  u8 = 1
 *  5  dtype    u8, ONNX TensorProto.DataType code ({@link DType})
 *  6  rank     u8 ≤ {@value #MAX_RANK}
 *  7  flags    u8 = 0 (reserved)
 *  8  length   i64, payload bytes = product(dims) × element size
 * 16  dims     rank × i64
 *     payload  length bytes, row-major
 * </pre>
 *
 * <p>Encoding returns the header and the tensor's own buffer for a gathering write, so the payload
 * is never copied; decoding returns a tensor that is a view of the frame.
 */
public final class TensorFrameCodec {
  /** Largest rank a frame may carry. */
  public static final int MAX_RANK = 8;

  /** Bytes before the dimensions. */
  public static final int FIXED_HEADER = 16;

  /** Frame version written and read. */
  public static final int VERSION = 1;

  /** {@code "TCTF"} read as a little-endian int. */
  static final int MAGIC = 0x46544354;

  private TensorFrameCodec() {}

  /** Header length of a frame of {@code rank} dimensions. */
  public static int headerLength(final int rank) {
    return FIXED_HEADER + Long.BYTES * rank;
  }

  /** The frame header of {@code tensor}, in a new direct buffer ready to write. */
  public static ByteBuffer header(final Tensor tensor) {
    final ByteBuffer header = ByteBuffer.allocateDirect(headerLength(tensor.shape().length));
    return putHeader(header.order(ByteOrder.LITTLE_ENDIAN), tensor).flip();
  }

  /** Puts the frame header of {@code tensor} into {@code out} (little-endian) and returns it. */
  static ByteBuffer putHeader(final ByteBuffer out, final Tensor tensor) {
    final long[] shape = tensor.shape();
    if (shape.length > MAX_RANK) {
      throw new ShapeMismatchException("rank above " + MAX_RANK, new long[MAX_RANK], shape);
    }
    out.putInt(MAGIC).put((byte) VERSION).put((byte) tensor.dtype().onnxCode());
    out.put((byte) shape.length).put((byte) 0).putLong(tensor.byteSize());
    for (final long dimension : shape) {
      out.putLong(dimension);
    }
    return out;
  }

  /** Header and payload buffers, for a gathering write; the payload is the tensor's own data. */
  public static ByteBuffer[] encode(final Tensor tensor) {
    return new ByteBuffer[] {header(tensor), tensor.data()};
  }

  /** The frame in one new direct buffer (one payload copy), for transports that take one. */
  public static ByteBuffer encodeContiguous(final Tensor tensor) {
    final ByteBuffer header = header(tensor);
    final ByteBuffer frame = ByteBuffer.allocateDirect(header.remaining() + tensor.byteSize());
    return frame.order(ByteOrder.LITTLE_ENDIAN).put(header).put(tensor.data()).flip();
  }

  /**
   * Decodes the frame between {@code frame}'s position and limit. The result's data is a view of
   * {@code frame}. Throws {@link MalformedFrameException} naming the failed check.
   */
  public static Tensor decode(final ByteBuffer frame) {
    final ByteBuffer in = frame.slice().order(ByteOrder.LITTLE_ENDIAN);
    final FrameHeader header = FrameHeader.read(in);
    final long available = in.remaining() - (long) header.length();
    if (available < header.payloadLength()) {
      throw new MalformedFrameException(
          FrameError.TRUNCATED_PAYLOAD,
          "declared " + header.payloadLength() + " bytes, " + available + " present");
    }
    if (available > header.payloadLength()) {
      throw new MalformedFrameException(
          FrameError.TRAILING_BYTES, (available - header.payloadLength()) + " extra bytes");
    }
    return payloadOf(header, in);
  }

  /**
   * The tensor of a frame whose header was read from {@code frame} (positioned at the frame's
   * start) and whose payload is complete: a view of the payload, nothing parsed again.
   */
  static Tensor payloadOf(final FrameHeader header, final ByteBuffer frame) {
    final int start = frame.position() + header.length();
    return new Tensor(
        header.dtype(), header.shape(), frame.slice(start, (int) header.payloadLength()));
  }
}
