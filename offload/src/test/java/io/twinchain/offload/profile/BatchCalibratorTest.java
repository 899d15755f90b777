/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The batch calibration keeps the counted ψ and the model's depth, and gives a χ per layer that the
 * latency model accepts (finite, ≥ 0) with positive φ·f on both sides; values depend on the
 * machine, so only their shape is checked.
 */
class BatchCalibratorTest {

  @Test
  void calibratedTableKeepsPsiAndGivesUsableChi() throws IOException {
    final var layers = ModelZoo.open(Path.of("models")).model("vibration-cnn").layers();
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final BatchCalibration calibration =
          BatchCalibrator.calibrate(
              "vibration-cnn",
              model,
              SampleInputs.uniform(layers, 4, new SplittableRandom(3)),
              1,
              3);
      final LayerTable counted = LayerCosts.of(model).table("vibration-cnn");
      final LayerTable table = calibration.table();
      assertThat(calibration.samples()).isEqualTo(4);
      assertThat(table.layerCount()).isEqualTo(counted.layerCount());
      for (int l = 0; l <= table.layerCount(); l++) {
        assertThat(table.cutBits(l)).isEqualTo(counted.cutBits(l));
      }
      assertThat(table.totalFlops()).isPositive();
      assertThat(calibration.gatewayFlopsPerSecond()).isPositive();
      assertThat(calibration.apFlopsPerSecond()).isPositive();
    }
  }
}
