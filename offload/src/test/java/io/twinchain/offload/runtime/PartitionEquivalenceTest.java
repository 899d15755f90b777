/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.offload.onnx.OnnxModel;
import io.twinchain.offload.split.ModelLayers;
import io.twinchain.offload.tensor.Tensor;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every cut point of every zoo model, head then tail computes what the whole model does. */
class PartitionEquivalenceTest {
  private static final double TOLERANCE = 1e-5;

  static Stream<Path> zooModels() throws IOException {
    return Files.list(Path.of("models"))
        .map(dir -> dir.resolve("model.onnx"))
        .filter(Files::exists)
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("zooModels")
  void headThenTailEqualsWholeModelAtEveryCut(final Path file) throws IOException {
    final ModelLayers layers = ModelLayers.of(OnnxModel.load(file));
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final Tensor input = randomInput(layers, 2);
      final FloatBuffer expected = model.full().run(input).floats();
      for (int l = 0; l <= layers.depth(); l++) {
        final Tensor cut = model.runHead(l, input);
        final FloatBuffer actual = model.runTail(l, cut).floats();
        assertThat(actual.remaining()).isEqualTo(expected.remaining());
        for (int i = 0; i < expected.remaining(); i++) {
          assertThat((double) actual.get(i))
              .as("%s cut %d element %d", file, l, i)
              .isCloseTo(expected.get(i), org.assertj.core.data.Offset.offset(TOLERANCE));
        }
      }
    }
  }

  static Tensor randomInput(final ModelLayers layers, final int batch) {
    final var dims = layers.model().input().getType().getTensorType().getShape().getDimList();
    final long[] shape = new long[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = dims.get(i).hasDimValue() ? dims.get(i).getDimValue() : batch;
    }
    final float[] values = new float[(int) Tensor.elementCount(shape)];
    final SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) rng.nextDouble(-1, 1);
    }
    return Tensor.ofFloats(shape, values);
  }
}
