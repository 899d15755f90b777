/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Later runs (pinned outputs) give the same results as the first (learning) run. */
class RepeatedRunsTest {

  @Test
  void pinnedOutputRunsMatchTheFirstRun() throws IOException {
    final var layers = ModelZoo.open(Path.of("models")).model("vgg16-cifar").layers();
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final Tensor input = SampleInputs.uniform(layers, 1, new SplittableRandom(4));
      final Tensor first = model.full().run(input);
      final Tensor firstSplit = model.runTail(5, model.runHead(5, input));
      for (int i = 0; i < 3; i++) {
        assertThat(model.full().run(input).data()).isEqualTo(first.data());
        assertThat(model.runTail(5, model.runHead(5, input)).data()).isEqualTo(firstSplit.data());
      }
    }
  }
}
