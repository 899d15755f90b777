/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.node.keys.NodeKeyFile;
import io.twinchain.node.permissions.PermissionsConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys} and {@code genesis generate} through the real CLI. */
class KeysAndGenesisCommandTest {

  @TempDir Path dir;

  @Test
  void generatesAnOwnerOnlyKeyAndShowsIt() throws Exception {
    final Path key = dir.resolve("node/key");
    final CliRunner.Result generated =
        CliRunner.run(Map.of(), "keys", "generate", "--to", key.toString());
    assertThat(generated.exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(key)).matches("0x[0-9a-f]{64}\n");
    final String nodeId = "0x" + NodeKeyFile.load(key).nodeId().toHex();
    assertThat(generated.out()).contains(nodeId);
    assertThat(Files.readString(NodeKeyFile.publicKeyFile(key)).trim()).isEqualTo(nodeId);
    assertThat(CliRunner.run(Map.of(), "keys", "show", "--key-file", key.toString()).out())
        .contains(nodeId);

    final CliRunner.Result again =
        CliRunner.run(Map.of(), "keys", "generate", "--to", key.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("refusing to overwrite");
  }

  @Test
  void badKeyFileIsNamedWithoutAStackTrace() throws Exception {
    final Path bad = dir.resolve("bad");
    Files.writeString(bad, "0x1234");
    final CliRunner.Result result =
        CliRunner.run(Map.of(), "keys", "show", "--key-file", bad.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(bad.toString()).contains("32 bytes").doesNotContain("\tat ");
  }

  @Test
  void generatesAWholeNetwork() throws Exception {
    final Path description = dir.resolve("network.json");
    Files.writeString(
        description,
        """
        {"genesis": {"config": {"chainId": 2024, "consensus": {"blockPeriodSeconds": 2,
                     "baseDifficulty": 1000, "rho": 0.5, "difficultyFunction": "exponential"}},
                     "gasLimit": "0x5f5e100",
                     "alloc": {"0xfe3b557e8fb62b89f4916b721be55ceb828dbd73": {"balance": "0x1"}}},
         "blockchain": {"accessPoints": {"count": 3}, "gateways": {"count": 2}}}
        """);
    final Path out = dir.resolve("net");
    final CliRunner.Result result = generateGenesis(description, out);
    assertThat(result.exitCode()).as(result.err()).isZero();
    final JsonNode genesis = new ObjectMapper().readTree(out.resolve("genesis.json").toFile());
    assertThat(genesis.get("config").get("chainId").asLong()).isEqualTo(2024);
    assertThat(genesis.get("accessPoints")).hasSize(3);
    assertThat(genesis.get("gateways")).hasSize(2);
    assertThat(genesis.get("timestamp").asText()).startsWith("0x");
    final PermissionsConfig permissions =
        PermissionsConfig.load(out.resolve("gateway-2/permissions_config.toml"));
    assertThat(permissions.nodes()).hasSize(5);
    assertThat(permissions.accounts()).hasSize(6);
    assertThat(Files.readString(out.resolve("ap-1/config.toml")))
        .contains("role=\"ap\"")
        .contains("p2p-port=30303");
    assertThat(Files.readString(out.resolve("ap-2/config.toml"))).contains("p2p-port=30313");
    final String ap1 = NodeKeyFile.load(out.resolve("ap-1/key")).address();
    assertThat(genesis.get("accessPoints").get(0).asText()).isEqualToIgnoringCase(ap1);

    final CliRunner.Result again = generateGenesis(description, out);
    assertThat(again.exitCode()).isEqualTo(1);
  }

  @Test
  void aTemplateTheChainCannotParseIsRefusedNamingTheField() throws Exception {
    final Path description = dir.resolve("network.json");
    Files.writeString(
        description,
        "{\"genesis\": {\"config\": {\"chainId\": 5}, \"alloc\": {}}, \"blockchain\": {\"accessPoints\": {\"count\": 1}}}");
    final CliRunner.Result result = generateGenesis(description, dir.resolve("o"));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("config.consensus");
  }

  @Test
  void badDescriptionNamesTheKey() throws Exception {
    final Path description = dir.resolve("network.json");
    Files.writeString(
        description,
        "{\"genesis\": {\"config\": {\"chainId\": -1}}, \"blockchain\": {\"accessPoints\": {\"count\": 1}}}");
    final CliRunner.Result result = generateGenesis(description, dir.resolve("o"));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("genesis.config.chainId");
  }

  private static CliRunner.Result generateGenesis(final Path description, final Path out) {
    return CliRunner.run(
        Map.of(),
        "genesis",
        "generate",
        "--config-file",
        description.toString(),
        "--to",
        out.toString());
  }
}
