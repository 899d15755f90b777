/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCsvTest {
  @TempDir Path dir;

  @Test
  void samplesReadBackAsWritten() throws Exception {
    final PolicySamples samples =
        new PolicySamples(
            "fixed-mid-cut",
            List.of(
                ExperimentStatisticsTest.twin(7, 5, 5, 5, 263.5), ExperimentStatisticsTest.idle(7)),
            List.of(ExperimentStatisticsTest.ap(7, 0.25, 0.5, 123456)));
    SampleCsv.write(dir, samples);
    assertThat(SampleCsv.read(dir, "fixed-mid-cut")).isEqualTo(samples);
    assertThat(Files.readAllLines(dir.resolve("fixed-mid-cut-twins.csv")).get(2))
        .isEqualTo("7,gateway-2,devnet:machine-02,3,3,,,,");
  }

  @Test
  void aFileWithAnotherShapeIsRefusedWithItsLine() throws Exception {
    SampleCsv.write(
        dir, new PolicySamples("dpra", List.of(ExperimentStatisticsTest.idle(1)), List.of()));
    Files.writeString(
        dir.resolve("dpra-twins.csv"),
        "1,gateway-1,devnet:machine-01,3\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> SampleCsv.read(dir, "dpra"))
        .isInstanceOf(ExperimentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("4 cells, expected 9");
    Files.writeString(dir.resolve("dpra-twins.csv"), "slot,twin\n");
    assertThatThrownBy(() -> SampleCsv.read(dir, "dpra"))
        .isInstanceOf(ExperimentException.class)
        .hasMessageContaining("expected the header");
  }
}
