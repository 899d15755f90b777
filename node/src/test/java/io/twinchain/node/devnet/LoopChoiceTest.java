/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class LoopChoiceTest {
  @TempDir Path dir;

  @Test
  void everyNodeRunsThePolicySeedAndSlotChosen() throws Exception {
    final DevnetLayout layout = new DevnetLayout(dir, "127.0.0.1", 2, 2, 4, 700);
    DevnetGenesis.generate(
        layout, new LoopChoice("fixed-mid-cut", 42, Optional.of(Duration.ofMillis(500))));
    for (final DevnetProcess node : layout.nodes()) {
      final TomlParseResult config = Toml.parse(dir.resolve(node.name()).resolve("config.toml"));
      assertThat(config.getString("controller-policy")).isEqualTo("fixed-mid-cut");
      assertThat(config.getLong("controller-seed")).isEqualTo(42);
      assertThat(config.getLong("slot-length")).isEqualTo(500);
      assertThat(config.getLong("offload-slot-ms")).isEqualTo(500);
      assertThat(config.getString("controller-model")).isEqualTo("vibration-cnn");
    }
  }

  @Test
  void theDefaultKeepsTheNodesSlotLengths() throws Exception {
    final DevnetLayout layout = new DevnetLayout(dir, "127.0.0.1", 1, 1, 2, 700);
    DevnetGenesis.generate(layout);
    final TomlParseResult config = Toml.parse(dir.resolve("gateway-1").resolve("config.toml"));
    assertThat(config.getString("controller-policy")).isEqualTo("dpra");
    assertThat(config.contains("slot-length")).isFalse();
  }

  @Test
  void anUnknownPolicyOrNoSlotIsRefused() {
    assertThatThrownBy(() -> new LoopChoice("fixed-mid", 1, Optional.empty()))
        .isInstanceOf(DevnetException.class)
        .hasMessageContaining("unknown controller policy 'fixed-mid'")
        .hasMessageContaining("fixed-mid-cut");
    assertThatThrownBy(() -> new LoopChoice("dpra", 1, Optional.of(Duration.ZERO)))
        .isInstanceOf(DevnetException.class);
  }
}
