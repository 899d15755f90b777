/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A validated frame header ({@link TensorFrameCodec} documents the layout). Reading checks every
 * field before any payload is touched, so a malformed frame costs no allocation.
 *
 * @param dtype element type
 * @param shape dimensions
 * @param payloadLength payload bytes, equal to the shape's element count × element size
 */
public record FrameHeader(DType dtype, long[] shape, long payloadLength) {
  /** Largest payload a frame may declare (a Java buffer's limit). */
  public static final long MAX_PAYLOAD = Integer.MAX_VALUE - 64;

  /** Defensive copy. */
  public FrameHeader {
    shape = shape.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** Header length in bytes. */
  public int length() {
    return TensorFrameCodec.headerLength(shape.length);
  }

  /** Reads and checks the header at the start of {@code in} (from its position 0). */
  public static FrameHeader read(final ByteBuffer frame) {
    final ByteBuffer in = frame.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    require(in.remaining() >= TensorFrameCodec.FIXED_HEADER, FrameError.TRUNCATED_HEADER, in);
    final int magic = in.getInt();
    require(magic == TensorFrameCodec.MAGIC, FrameError.BAD_MAGIC, Integer.toHexString(magic));
    final int version = Byte.toUnsignedInt(in.get());
    require(version == TensorFrameCodec.VERSION, FrameError.UNSUPPORTED_VERSION, version);
    final int code = Byte.toUnsignedInt(in.get());
    final DType dtype =
        DType.ofOnnxCode(code)
            .orElseThrow(() -> new MalformedFrameException(FrameError.UNKNOWN_DTYPE, "" + code));
    final int rank = Byte.toUnsignedInt(in.get());
    require(rank <= TensorFrameCodec.MAX_RANK, FrameError.RANK_TOO_LARGE, rank);
    final int flags = Byte.toUnsignedInt(in.get());
    require(flags == 0, FrameError.RESERVED_BITS_SET, flags);
    final long length = in.getLong();
    require(in.remaining() >= Long.BYTES * rank, FrameError.TRUNCATED_HEADER, in);
    final long[] shape = new long[rank];
    long bytes = dtype.bytes();
    for (int i = 0; i < rank; i++) {
      shape[i] = in.getLong();
      require(shape[i] >= 0, FrameError.NEGATIVE_DIMENSION, shape[i]);
      bytes = shape[i] == 0 ? 0 : checkedProduct(bytes, shape[i]);
    }
    if (length != bytes) {
      throw new MalformedFrameException(
          FrameError.LENGTH_MISMATCH, "declared " + length + ", shape needs " + bytes);
    }
    return new FrameHeader(dtype, shape, length);
  }

  private static long checkedProduct(final long bytes, final long dimension) {
    final long product = bytes * dimension;
    if (product / dimension != bytes || product > MAX_PAYLOAD) {
      throw new MalformedFrameException(FrameError.TOO_LARGE, bytes + " × " + dimension);
    }
    return product;
  }

  private static void require(final boolean ok, final FrameError error, final Object detail) {
    if (!ok) {
      throw new MalformedFrameException(error, String.valueOf(detail));
    }
  }
}
