/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * A dense row-major tensor whose elements sit in a little-endian {@link ByteBuffer}, normally a
 * direct one, so ONNX Runtime and socket channels use it without copying. The buffer's position is
 * 0 and its limit is the data length; callers must not change either.
 */
public final class Tensor {
  private final DType dtype;
  private final long[] shape;
  private final ByteBuffer data;

  /** Wraps {@code data}; throws {@link ShapeMismatchException} if its length does not fit. */
  public Tensor(final DType dtype, final long[] shape, final ByteBuffer data) {
    final long expected = elementCount(shape) * dtype.bytes();
    if (data.remaining() != expected) {
      throw new ShapeMismatchException(
          "data of " + data.remaining() + " bytes for " + dtype, shape, new long[] {expected});
    }
    this.dtype = dtype;
    this.shape = shape.clone();
    this.data = data.slice().order(ByteOrder.LITTLE_ENDIAN);
  }

  /** A zero-filled tensor in a fresh direct buffer. */
  public static Tensor allocate(final DType dtype, final long[] shape) {
    final long bytes = elementCount(shape) * dtype.bytes();
    return new Tensor(dtype, shape, ByteBuffer.allocateDirect(Math.toIntExact(bytes)));
  }

  /** A float32 tensor holding a copy of {@code values}. */
  public static Tensor ofFloats(final long[] shape, final float[] values) {
    final Tensor tensor = allocate(DType.FLOAT32, shape);
    tensor.floats().put(values);
    return tensor;
  }

  /** Number of elements of a tensor of {@code shape}; negative dimensions are rejected. */
  public static long elementCount(final long[] shape) {
    long count = 1;
    for (final long dimension : shape) {
      if (dimension < 0) {
        throw new ShapeMismatchException("negative dimension", new long[0], shape);
      }
      count = Math.multiplyExact(count, dimension);
    }
    return count;
  }

  /** Element type. */
  public DType dtype() {
    return dtype;
  }

  /** Shape, outermost first. */
  public long[] shape() {
    return shape.clone();
  }

  /** Number of elements. */
  public long elementCount() {
    return elementCount(shape);
  }

  /** Data length in bytes. */
  public int byteSize() {
    return data.capacity();
  }

  /** A read-write view of the data (independent position and limit). */
  public ByteBuffer data() {
    return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The data viewed as floats; requires {@link DType#FLOAT32}. */
  public FloatBuffer floats() {
    if (dtype != DType.FLOAT32) {
      throw new IllegalStateException("tensor is " + dtype + ", not FLOAT32");
    }
    return data().asFloatBuffer();
  }
}
