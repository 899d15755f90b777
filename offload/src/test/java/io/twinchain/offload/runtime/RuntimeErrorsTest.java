/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.offload.split.CutPointOutOfRangeException;
import io.twinchain.offload.tensor.DType;
import io.twinchain.offload.tensor.ShapeMismatchException;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import io.twinchain.offload.zoo.UnknownModelException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad requests get typed errors, and the model keeps working afterwards. */
class RuntimeErrorsTest {
  private static ModelZoo zoo;
  private static PartitionedModel model;

  @BeforeAll
  static void open() throws IOException {
    zoo = ModelZoo.open(Path.of("models"));
    model = new PartitionedModel(zoo.model("vibration-cnn").layers(), OrtSettings.SINGLE_THREAD);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void modelNotInTheZooIsTyped() {
    assertThatThrownBy(() -> zoo.model("alexnet"))
        .isInstanceOf(UnknownModelException.class)
        .hasMessageContaining("vibration-cnn")
        .extracting(e -> ((UnknownModelException) e).id())
        .isEqualTo("alexnet");
  }

  @Test
  void cutPointOutsideZeroToDepthIsTyped() {
    final Tensor input = SampleInputs.uniform(model.layers(), 1, new SplittableRandom(1));
    final int depth = model.layers().depth();
    assertThatThrownBy(() -> model.runHead(depth + 1, input))
        .isInstanceOfSatisfying(
            CutPointOutOfRangeException.class, e -> assertThat(e.layers()).isEqualTo(depth));
    assertThatThrownBy(() -> model.runTail(-1, input))
        .isInstanceOf(CutPointOutOfRangeException.class);
    assertThat(model.runHead(depth, input).shape()).containsExactly(1, 5);
  }

  @Test
  void wrongInputShapeIsTypedAtEveryKindOfCut() {
    final Tensor wrong = Tensor.allocate(DType.FLOAT32, new long[] {1, 1, 1000});
    assertThatThrownBy(() -> model.runHead(0, wrong))
        .isInstanceOfSatisfying(
            ShapeMismatchException.class,
            e -> assertThat(e.expected()).containsExactly(-1, 1, 1024));
    assertThatThrownBy(() -> model.runHead(3, wrong)).isInstanceOf(ShapeMismatchException.class);
    assertThatThrownBy(() -> model.runTail(3, wrong)).isInstanceOf(ShapeMismatchException.class);
  }

  @Test
  void wrongElementTypeIsTyped() {
    final Tensor ints = Tensor.allocate(DType.INT32, new long[] {1, 1, 1024});
    assertThatThrownBy(() -> model.runHead(2, ints)).isInstanceOf(ShapeMismatchException.class);
  }
}
