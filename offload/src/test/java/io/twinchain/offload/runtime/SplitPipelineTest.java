/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.twinchain.offload.split.ModelLayers;
import io.twinchain.offload.tensor.DType;
import io.twinchain.offload.tensor.ShapeMismatchException;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bound stages and split pipelines compute what the per-call path does, at every cut (including l =
 * 0 and l = L), and follow an input refilled in place between runs.
 */
class SplitPipelineTest {
  private static final double TOLERANCE = 1e-5;

  @Test
  void pipelineAtEveryCutFollowsTheInputRefilledInPlace() throws IOException {
    final ModelLayers layers = ModelZoo.open(Path.of("models")).model("vibration-cnn").layers();
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final Tensor input = SampleInputs.uniform(layers, 2, new SplittableRandom(5));
      final Tensor other = SampleInputs.uniform(layers, 2, new SplittableRandom(6));
      for (int l = 0; l <= layers.depth(); l++) {
        try (SplitPipeline pipeline = model.pipeline(l, input)) {
          assertClose(pipeline.run(), model.full().run(input), l);
          final Tensor before = SampleInputs.uniform(layers, 2, new SplittableRandom(5));
          input.data().put(other.data());
          assertClose(pipeline.run(), model.full().run(other), l);
          input.data().put(before.data());
        }
      }
    }
  }

  @Test
  void boundFullModelEqualsTheUnboundOne() throws IOException {
    final ModelLayers layers = ModelZoo.open(Path.of("models")).model("resnet18-cifar").layers();
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final Tensor input = SampleInputs.uniform(layers, 1, new SplittableRandom(7));
      try (BoundStage full = model.bindFull(input)) {
        assertClose(full.run(), model.full().run(input), layers.depth());
        assertThat(full.run()).isSameAs(full.output());
      }
    }
  }

  @Test
  void bindingAnInputOfTheWrongShapeIsATypedError() throws IOException {
    final ModelLayers layers = ModelZoo.open(Path.of("models")).model("vibration-cnn").layers();
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final Tensor wrong = Tensor.allocate(DType.FLOAT32, new long[] {1, 1, 512});
      assertThatThrownBy(() -> model.pipeline(5, wrong)).isInstanceOf(ShapeMismatchException.class);
      assertThatThrownBy(() -> model.bindFull(wrong)).isInstanceOf(ShapeMismatchException.class);
    }
  }

  private static void assertClose(final Tensor actual, final Tensor expected, final int cut) {
    final FloatBuffer got = actual.floats();
    final FloatBuffer want = expected.floats();
    assertThat(got.remaining()).isEqualTo(want.remaining());
    for (int i = 0; i < want.remaining(); i++) {
      assertThat((double) got.get(i))
          .as("cut %d element %d", cut, i)
          .isCloseTo(want.get(i), offset(TOLERANCE));
    }
  }
}
