/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import io.twinchain.offload.zoo.ZooModel;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The zoo's condition classifier on fresh windows from the Java simulator (a seed used neither for
 * training nor for the recorded held-out set), run split at a mid cut through ONNX Runtime.
 */
class ConditionClassifierAccuracyTest {
  private static final long FRESH_SEED = 20_261_125L;
  private static final int PER_CLASS = 60;

  @Test
  void classifiesFreshSimulatedWindowsAtLeastNinetyFivePercentRight() throws IOException {
    final ZooModel zooModel = ModelZoo.open(Path.of("models")).model("vibration-cnn");
    final List<LabeledWindow> windows =
        new ConditionDataset(new VibrationSimulator(MachineProfile.PUMP_MOTOR))
            .generate(PER_CLASS, FRESH_SEED);
    final int samples = MachineProfile.PUMP_MOTOR.windowSamples();
    final float[] batch = new float[windows.size() * samples];
    for (int i = 0; i < windows.size(); i++) {
      System.arraycopy(windows.get(i).samples(), 0, batch, i * samples, samples);
    }
    final Tensor input = Tensor.ofFloats(new long[] {windows.size(), 1, samples}, batch);
    try (PartitionedModel model =
        new PartitionedModel(zooModel.layers(), OrtSettings.SINGLE_THREAD)) {
      final int cut = model.layers().depth() / 2;
      final FloatBuffer logits = model.runTail(cut, model.runHead(cut, input)).floats();
      final int classes = MachineCondition.values().length;
      int correct = 0;
      for (int i = 0; i < windows.size(); i++) {
        if (argmax(logits, i * classes, classes) == windows.get(i).state().condition().ordinal()) {
          correct++;
        }
      }
      assertThat(correct / (double) windows.size()).isGreaterThanOrEqualTo(0.95);
    }
    assertThat(zooModel.manifest().path("training").path("heldOutAccuracy").asDouble())
        .isGreaterThanOrEqualTo(0.95);
  }

  private static int argmax(final FloatBuffer logits, final int offset, final int classes) {
    int best = 0;
    for (int c = 1; c < classes; c++) {
      if (logits.get(offset + c) > logits.get(offset + best)) {
        best = c;
      }
    }
    return best;
  }
}
