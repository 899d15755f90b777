/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code twinchain simulate} end to end: a tiny run writes its report; a bad config exits 2. */
class SimulateCommandTest {

  @TempDir Path dir;

  @Test
  void tinyRunWritesTheReport() throws IOException {
    final Path config = dir.resolve("tiny.json");
    Files.writeString(
        config,
        "{\"slots\": 20, \"seeds\": 1, \"tradeOffSweep\": [10], \"apSweep\": [5],"
            + " \"gammaSweep\": [0.5]}");
    final Path out = dir.resolve("out");
    final int code =
        new CommandLine(new TwinchainCommand())
            .execute("simulate", "--config", config.toString(), "--out", out.toString(), "--quiet");
    assertThat(code).isZero();
    assertThat(out.resolve("summary.md")).exists();
    assertThat(out.resolve("baselines.png")).exists();
    assertThat(out.resolve("per_slot.csv")).exists();
  }

  @Test
  void badConfigExitsWithTwoAndWritesNothing() throws IOException {
    final Path config = dir.resolve("bad.json");
    Files.writeString(config, "{\"slots\": 0}");
    final Path out = dir.resolve("never");
    final int code =
        new CommandLine(new TwinchainCommand())
            .execute("simulate", "--config", config.toString(), "--out", out.toString());
    assertThat(code).isEqualTo(SimulateCommand.BAD_CONFIG);
    assertThat(out).doesNotExist();
  }
}
