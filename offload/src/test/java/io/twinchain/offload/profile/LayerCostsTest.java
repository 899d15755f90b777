/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * χ/ψ of the width-reduced VGG-16 against spec §6.2: with every channel count divided by 4, a conv
 * layer whose input and output widths are both reduced has 1/16 of the table's FLOPs, the first
 * conv (3 input channels) and every pooling layer 1/4, and activations 1/4 of the table's bits.
 */
class LayerCostsTest {

  @Test
  void vggMatchesTheSpecTableScaledByWidth() throws IOException {
    final var layers = ModelZoo.open(Path.of("models")).model("vgg16-cifar").layers();
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final List<LayerCost> rows = LayerCosts.of(model).rows();
      assertThat(rows.get(0).psiBits()).isEqualTo(98_304);
      assertThat(rows.get(0).chiFlops()).isZero();
      assertThat(rows.get(1).chiFlops()).isEqualTo(2L * 32 * 32 * 16 * 3 * 9);
      assertThat(rows.get(2).chiFlops()).isEqualTo(2L * 32 * 32 * 16 * 16 * 9);
      assertThat(rows.get(2).chiFlops() * 16).isCloseTo(75_497_472L, within(1));
      assertThat(rows.get(3).chiFlops()).isEqualTo(16L * 16 * 16 * 3);
      assertThat(rows.get(1).psiBits()).isEqualTo(2_097_152 / 4);
      assertThat(rows.get(14).psiBits()).isEqualTo(65_536 / 4);
      assertThat(rows.get(21).psiBits()).isEqualTo(320);
      assertThat(rows).allSatisfy(row -> assertThat(row.uncounted()).isEmpty());
    }
  }

  @Test
  void prefixSumsSplitTheTotalAtEveryCut() throws IOException {
    final var layers = ModelZoo.open(Path.of("models")).model("resnet18-cifar").layers();
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final LayerCosts costs = LayerCosts.of(model);
      final LayerTable table = costs.table("resnet18-cifar");
      final double total = table.headFlops(costs.depth());
      assertThat(table.tailFlops(0)).isEqualTo(total);
      for (int l = 0; l <= costs.depth(); l++) {
        assertThat(table.headFlops(l) + table.tailFlops(l)).isCloseTo(total, within(1.0));
      }
      assertThat(costs.rows().get(2).opTypes()).contains("Add");
      assertThat(costs.rows().get(2).chiFlops())
          .isEqualTo(2 * (2L * 32 * 32 * 16 * 16 * 9) + 32 * 32 * 16);
    }
  }

  @Test
  void manifestTableMatchesAFreshCount() throws IOException {
    final var zooModel = ModelZoo.open(Path.of("models")).model("resnet18-cifar");
    try (PartitionedModel model =
        new PartitionedModel(zooModel.layers(), OrtSettings.SINGLE_THREAD)) {
      final List<LayerCost> fresh = LayerCosts.of(model).rows();
      final List<LayerCost> recorded = zooModel.recordedLayers();
      assertThat(recorded).hasSameSizeAs(fresh);
      for (int l = 0; l < fresh.size(); l++) {
        assertThat(recorded.get(l).chiFlops()).isEqualTo(fresh.get(l).chiFlops());
        assertThat(recorded.get(l).psiBits()).isEqualTo(fresh.get(l).psiBits());
        assertThat(recorded.get(l).tensor()).isEqualTo(fresh.get(l).tensor());
      }
    }
  }

  @Test
  void calibrationRecoversAKnownLine() {
    final FlopsCalibration fit =
        FlopsCalibration.fit(List.of(1_000L, 3_000L, 5_000L), List.of(2e-6, 4e-6, 6e-6));
    assertThat(fit.flopsPerSecond()).isCloseTo(1e9, within(1.0));
    assertThat(fit.overheadSeconds()).isCloseTo(1e-6, within(1e-12));
  }

  @Test
  void noisyMeasurementsFallBackToThePositiveRatio() {
    final FlopsCalibration fit = FlopsCalibration.fit(List.of(1_000L, 3_000L), List.of(5e-6, 3e-6));
    assertThat(fit.flopsPerSecond()).isCloseTo(2_000 / 4e-6, within(1.0));
    assertThat(fit.overheadSeconds()).isZero();
  }

  private static org.assertj.core.data.Offset<Double> within(final double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }

  private static org.assertj.core.data.Offset<Long> within(final long tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }
}
