/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Pipe;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TensorFrameCodecTest {
  private static final Tensor SAMPLE =
      Tensor.ofFloats(new long[] {2, 3}, new float[] {1, -2, 3.5f, 4, 5, Float.NaN});

  @Test
  void roundTripsAndDecodesWithoutCopying() {
    final ByteBuffer frame = TensorFrameCodec.encodeContiguous(SAMPLE);
    assertThat(frame.remaining()).isEqualTo(TensorFrameCodec.headerLength(2) + 24);
    final Tensor decoded = TensorFrameCodec.decode(frame);
    assertThat(decoded.dtype()).isEqualTo(DType.FLOAT32);
    assertThat(decoded.shape()).containsExactly(2, 3);
    assertThat(decoded.data()).isEqualTo(SAMPLE.data());
    frame.order(ByteOrder.LITTLE_ENDIAN).putFloat(TensorFrameCodec.headerLength(2), 42f);
    assertThat(decoded.floats().get(0)).isEqualTo(42f);
  }

  @Test
  void gatheringEncodeSharesTheTensorsBuffer() {
    final ByteBuffer[] parts = TensorFrameCodec.encode(SAMPLE);
    assertThat(parts[1].isDirect()).isTrue();
    parts[1].putFloat(0, 9f);
    assertThat(SAMPLE.floats().get(0)).isEqualTo(9f);
    SAMPLE.floats().put(0, 1f);
  }

  @Test
  void travelsOverAChannel() throws IOException {
    final Pipe pipe = Pipe.open();
    final Tensor longs = Tensor.allocate(DType.INT64, new long[] {4});
    longs.data().putLong(8, -7L);
    final TensorFrameWriter writer = new TensorFrameWriter(pipe.sink());
    final Tensor large = Tensor.allocate(DType.FLOAT32, new long[] {100, 10});
    large.floats().put(999, 5f);
    writer.write(longs);
    writer.write(SAMPLE);
    writer.write(large);
    writer.write(SAMPLE);
    final TensorFrameReader reader = new TensorFrameReader(pipe.source(), 16);
    assertThat(reader.read().data().getLong(8)).isEqualTo(-7L);
    assertThat(reader.read().data()).isEqualTo(SAMPLE.data());
    assertThat(reader.read().floats().get(999)).isEqualTo(5f);
    assertThat(reader.read().data()).isEqualTo(SAMPLE.data());
    pipe.sink().close();
    assertThatThrownBy(reader::read).isInstanceOf(java.io.EOFException.class);
  }

  @Test
  void scalarAndEmptyTensorsRoundTrip() {
    final Tensor scalar = Tensor.allocate(DType.FLOAT64, new long[0]);
    assertThat(TensorFrameCodec.decode(TensorFrameCodec.encodeContiguous(scalar)).byteSize())
        .isEqualTo(8);
    final Tensor empty = Tensor.allocate(DType.UINT8, new long[] {3, 0});
    assertThat(TensorFrameCodec.decode(TensorFrameCodec.encodeContiguous(empty)).shape())
        .containsExactly(3, 0);
  }

  @ParameterizedTest
  @EnumSource(FrameError.class)
  void everyMalformationIsTyped(final FrameError error) {
    final ByteBuffer frame = corrupt(error);
    assertThatThrownBy(() -> TensorFrameCodec.decode(frame))
        .isInstanceOfSatisfying(
            MalformedFrameException.class, e -> assertThat(e.error()).isEqualTo(error));
  }

  @Test
  void channelReadRejectsABadHeaderBeforeAllocating() throws IOException {
    final Pipe pipe = Pipe.open();
    pipe.sink().write(corrupt(FrameError.TOO_LARGE));
    final TensorFrameReader reader = new TensorFrameReader(pipe.source(), 64);
    assertThatThrownBy(reader::read)
        .isInstanceOfSatisfying(
            MalformedFrameException.class,
            e -> assertThat(e.error()).isEqualTo(FrameError.TOO_LARGE));
  }

  @Test
  void dataOfTheWrongLengthIsAShapeMismatch() {
    assertThatThrownBy(() -> new Tensor(DType.FLOAT32, new long[] {3}, ByteBuffer.allocate(8)))
        .isInstanceOf(ShapeMismatchException.class);
  }

  private static ByteBuffer corrupt(final FrameError error) {
    final ByteBuffer good = TensorFrameCodec.encodeContiguous(SAMPLE);
    final ByteBuffer frame = ByteBuffer.allocate(good.remaining() + 1);
    frame.order(ByteOrder.LITTLE_ENDIAN).put(good).flip();
    final Consumer<ByteBuffer> damage =
        switch (error) {
          case TRUNCATED_HEADER -> f -> f.limit(10);
          case BAD_MAGIC -> f -> f.put(0, (byte) 'X');
          case UNSUPPORTED_VERSION -> f -> f.put(4, (byte) 2);
          case UNKNOWN_DTYPE -> f -> f.put(5, (byte) 99);
          case RANK_TOO_LARGE -> f -> f.put(6, (byte) 9);
          case RESERVED_BITS_SET -> f -> f.put(7, (byte) 1);
          case NEGATIVE_DIMENSION -> f -> f.putLong(16, -2);
          case TOO_LARGE -> f -> f.putLong(16, Long.MAX_VALUE / 2);
          case LENGTH_MISMATCH -> f -> f.putLong(8, 20);
          case TRUNCATED_PAYLOAD -> f -> f.limit(f.limit() - 4);
          case TRAILING_BYTES -> f -> f.limit(f.limit() + 1);
        };
    damage.accept(frame);
    return frame;
  }
}
