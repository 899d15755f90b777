/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import io.twinchain.offload.zoo.ZooModel;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every cut point of every zoo model, head then tail computes what the whole model does. */
class PartitionEquivalenceTest {
  private static final double TOLERANCE = 1e-5;

  static Stream<ZooModel> zooModels() throws IOException {
    final ModelZoo zoo = ModelZoo.open(Path.of("models"));
    return zoo.ids().stream().map(zoo::model);
  }

  @ParameterizedTest
  @MethodSource("zooModels")
  void headThenTailEqualsWholeModelAtEveryCut(final ZooModel zooModel) {
    try (PartitionedModel model =
        new PartitionedModel(zooModel.layers(), OrtSettings.SINGLE_THREAD)) {
      final Tensor input = SampleInputs.uniform(model.layers(), 2, new SplittableRandom(3));
      final FloatBuffer expected = model.full().run(input).floats();
      assertThat(model.layers().depth()).isGreaterThanOrEqualTo(10);
      for (int l = 0; l <= model.layers().depth(); l++) {
        final FloatBuffer actual = model.runTail(l, model.runHead(l, input)).floats();
        assertThat(actual.remaining()).isEqualTo(expected.remaining());
        for (int i = 0; i < expected.remaining(); i++) {
          assertThat((double) actual.get(i))
              .as("%s cut %d element %d", zooModel.id(), l, i)
              .isCloseTo(expected.get(i), offset(TOLERANCE));
        }
      }
    }
  }
}
