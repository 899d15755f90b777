/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.offload.latency.LayerTables;
import io.twinchain.offload.sim.ScenarioConfig;
import io.twinchain.offload.sim.Simulation;
import io.twinchain.offload.sim.SimulationConfig;
import io.twinchain.offload.sim.SlotProgress;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small simulation writes every CSV, a readable PNG per figure, and the summary. */
class SimulationReportTest {

  @TempDir Path out;

  @Test
  void writesTablesFiguresAndSummary() throws IOException {
    final SimulationConfig config =
        new SimulationConfig(
            ScenarioConfig.defaults(LayerTables.vgg16Cifar10()),
            60,
            2,
            1,
            10,
            List.of(1.0, 100.0),
            List.of(3, 5),
            List.of(0.5, 0.6),
            false);
    SimulationReport.write(new Simulation(config, SlotProgress.NONE).run(), out);

    for (final String figure :
        List.of(
            "latency_per_slot",
            "latency_vs_V",
            "backlog_vs_V",
            "latency_vs_APs",
            "reputation",
            "baselines",
            "latency_vs_gamma")) {
      final BufferedImage image = ImageIO.read(out.resolve(figure + ".png").toFile());
      assertThat(image.getWidth()).as(figure).isEqualTo(1000);
      assertThat(image.getHeight()).as(figure).isEqualTo(600);
    }
    assertThat(Files.readAllLines(out.resolve("per_slot.csv"))).hasSize(61);
    assertThat(Files.readAllLines(out.resolve("baselines.csv")))
        .hasSize(9)
        .first()
        .asString()
        .startsWith("policy,latency_s,latency_ci95_s");
    assertThat(Files.readAllLines(out.resolve("v_sweep.csv"))).hasSize(3);
    assertThat(Files.readString(out.resolve("summary.md")))
        .contains("| DPRA |")
        .contains("Best baseline that meets C3");
  }
}
