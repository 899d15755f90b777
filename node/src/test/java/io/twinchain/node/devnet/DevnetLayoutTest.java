/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class DevnetLayoutTest {
  @TempDir Path dir;

  @Test
  void generatedNodeConfigsListenWhereTheLayoutSays() throws Exception {
    final DevnetLayout layout = new DevnetLayout(dir, "127.0.0.1", 2, 2, 4, 700);
    DevnetGenesis.generate(layout);
    for (final DevnetProcess node : layout.nodes()) {
      final TomlParseResult config = Toml.parse(dir.resolve(node.name()).resolve("config.toml"));
      assertThat(config.getLong("p2p-port")).isEqualTo(node.port("p2p"));
      assertThat(config.getLong("rpc-http-port")).isEqualTo(node.port("rpc-http"));
      assertThat(config.getLong("rpc-ws-port")).isEqualTo(node.port("rpc-ws"));
      assertThat(config.getLong("metrics-port")).isEqualTo(node.port("metrics"));
      assertThat(config.getString("role")).isEqualTo(node.kind().name().toLowerCase());
    }
    assertThat(LayoutFile.read(dir)).contains(layout);
  }

  @Test
  void defaultPortsAreTheDocumentedOnes() {
    final DevnetLayout layout = DevnetLayout.defaults(dir);
    assertThat(layout.process("ap-1").orElseThrow().ports())
        .containsEntry("p2p", 30303)
        .containsEntry("rpc-http", 8545)
        .containsEntry("rpc-ws", 8546)
        .containsEntry("metrics", 9545);
    assertThat(layout.process("gateway-2").orElseThrow().port("rpc-http")).isEqualTo(8585);
    assertThat(layout.process("broker").orElseThrow().ports())
        .containsEntry("mqtt", 1883)
        .containsEntry("explorer", 8080);
    assertThat(layout.process("simulator").orElseThrow().healthPort()).isEqualTo(9595);
    assertThat(layout.processes())
        .extracting(DevnetProcess::name)
        .containsExactly("broker", "ap-1", "ap-2", "ap-3", "gateway-1", "gateway-2", "simulator");
  }

  @Test
  void onlyGatewaysGetTheBrokerUrl() {
    final DevnetLayout layout = DevnetLayout.defaults(dir);
    assertThat(layout.process("gateway-1").orElseThrow().arguments())
        .containsSubsequence("--mqtt-broker-url", "tcp://127.0.0.1:1883");
    assertThat(layout.process("ap-1").orElseThrow().arguments())
        .doesNotContain("--mqtt-broker-url");
  }

  @Test
  void devAccountsAreTheOnesOfNetworkConfig() {
    assertThat(DevAccount.all().getFirst().address())
        .isEqualTo("0xe22B7Ed6919F5cA43f017071b9E6f08986219C01");
    assertThat(DevAccount.all().getFirst().privateKey())
        .isEqualTo("0x364cffed9e4a42506f10bd0902fd12cd65b1af43c17423d756c163b974b20305");
  }
}
