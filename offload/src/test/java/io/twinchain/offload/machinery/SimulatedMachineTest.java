/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.tensor.ShapeMismatchException;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A device's live stream: after a fault is injected, the classifier reports that fault. */
class SimulatedMachineTest {

  @Test
  void injectedFaultIsRecognisedFromTheNextWindowOn() throws IOException {
    final var layers = ModelZoo.open(Path.of("models")).model("vibration-cnn").layers();
    final SimulatedMachine machine = new SimulatedMachine(MachineProfile.PUMP_MOTOR, 42);
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      assertThat(classify(model, machine).condition()).isEqualTo(MachineCondition.HEALTHY);
      machine.setState(new MachineState(MachineCondition.INNER_RACE_FAULT, 0.6));
      final ConditionPrediction faulty = classify(model, machine);
      assertThat(faulty.condition()).isEqualTo(MachineCondition.INNER_RACE_FAULT);
      assertThat(faulty.confidence()).isBetween(0.5, 1.0);
      machine.setState(MachineState.HEALTHY);
      assertThat(classify(model, machine).condition()).isEqualTo(MachineCondition.HEALTHY);
    }
  }

  @Test
  void logitsOfTheWrongShapeAreTyped() {
    assertThatThrownBy(
            () -> ConditionPrediction.fromLogits(Tensor.ofFloats(new long[] {1, 3}, new float[3])))
        .isInstanceOf(ShapeMismatchException.class);
  }

  @Test
  void confidenceIsTheSoftmaxOfTheWinner() {
    final Tensor logits = Tensor.ofFloats(new long[] {1, 5}, new float[] {0, 0, 0, 0, 0});
    final ConditionPrediction tie = ConditionPrediction.fromLogits(logits).getFirst();
    assertThat(tie.condition()).isEqualTo(MachineCondition.HEALTHY);
    assertThat(tie.confidence()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
  }

  private static ConditionPrediction classify(
      final PartitionedModel model, final SimulatedMachine machine) {
    final Tensor window =
        Tensor.ofFloats(new long[] {1, 1, machine.profile().windowSamples()}, machine.nextWindow());
    final int cut = 4;
    return ConditionPrediction.fromLogits(model.runTail(cut, model.runHead(cut, window)))
        .getFirst();
  }
}
