/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.app.NodeConfiguration;
import io.twinchain.node.app.NodeRole;
import io.twinchain.node.rpc.RpcApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Option resolution for {@code run}: flag over environment over config file over default. */
class RunOptionsTest {

  @TempDir Path dir;

  private NodeConfiguration resolve(final Map<String, String> env, final String... args) {
    final CommandLine cli =
        new CommandLine(new TwinchainCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    final CommandLine run = cli.getSubcommands().get("run");
    final java.util.Optional<Path> config =
        args.length > 1 && args[0].equals("--config")
            ? java.util.Optional.of(Path.of(args[1]))
            : java.util.Optional.empty();
    run.setDefaultValueProvider(ConfigDefaultProvider.create(run.getCommandSpec(), env, config));
    final String[] full = new String[args.length + 1];
    full[0] = "run";
    System.arraycopy(args, 0, full, 1, args.length);
    cli.parseArgs(full);
    return ((RunCommand) run.getCommand()).configuration();
  }

  @Test
  void defaults() {
    final NodeConfiguration config = resolve(Map.of());
    assertThat(config.role()).isEqualTo(NodeRole.OBSERVER);
    assertThat(config.p2p().port()).isEqualTo(30303);
    assertThat(config.http().orElseThrow().port()).isEqualTo(8545);
    assertThat(config.ws().orElseThrow().port()).isEqualTo(8546);
    assertThat(config.http().orElseThrow().maxActiveConnections()).isEqualTo(2048);
    assertThat(config.apis()).containsExactlyInAnyOrder(RpcApi.WEB3, RpcApi.NET, RpcApi.ETH);
    assertThat(config.metrics()).isEmpty();
    assertThat(config.permissionsFile()).isEqualTo(Path.of("data/permissions_config.toml"));
  }

  @Test
  void flagBeatsEnvironmentBeatsConfigFile() throws Exception {
    final Path file = dir.resolve("config.toml");
    Files.writeString(
        file,
        "role=\"ap\"\np2p-port=31000\nrpc-http-port=18000\nmetrics-port=19000\nmetrics-enabled=true\nrpc-http-api=[\"PERM\",\"ADMIN\"]\n");
    final NodeConfiguration config =
        resolve(
            Map.of("TWINCHAIN_RPC_HTTP_PORT", "18001", "TWINCHAIN_METRICS_PORT", "19001"),
            "--config",
            file.toString(),
            "--metrics-port",
            "19002");
    assertThat(config.role()).isEqualTo(NodeRole.AP);
    assertThat(config.p2p().port()).isEqualTo(31000);
    assertThat(config.http().orElseThrow().port()).isEqualTo(18001);
    assertThat(config.metrics().orElseThrow().port()).isEqualTo(19002);
    assertThat(config.apis()).containsExactlyInAnyOrder(RpcApi.PERM, RpcApi.ADMIN);
  }

  @Test
  void twinOptionsResolveAndBadOnesNameTheKey() {
    final NodeConfiguration config =
        resolve(
            Map.of(),
            "--role",
            "gateway",
            "--twin-gateway-id",
            "gw1",
            "--twin-retention-revisions",
            "100",
            "--twin-retention-seconds",
            "3600",
            "--twin-operators",
            "0x" + "ab".repeat(20));
    assertThat(config.twin().gatewayId()).contains("gw1");
    assertThat(config.twin().retainRevisions()).isEqualTo(100);
    assertThat(config.twin().retainFor()).contains(java.time.Duration.ofHours(1));
    assertThat(config.twin().slotLength()).isEqualTo(java.time.Duration.ofSeconds(10));
    assertThat(config.twin().operators()).containsExactly("0x" + "ab".repeat(20));
    assertThat(config.twin().deviceTls()).isEmpty();
    for (final String[] bad :
        new String[][] {
          {"--twin-retention-revisions", "10"},
          {"--twin-retention-seconds", "0"},
          {"--twin-slot-seconds", "0"},
          {"--twin-operators", "0x12"},
          {"--twin-mqtt-tls-port", "8883"},
          {"--twin-mqtt-tls-keystore", "broker.p12"}
        }) {
      final CliRunner.Result result = CliRunner.run(Map.of(), "run", bad[0], bad[1]);
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains(bad[0].substring(2));
    }
  }

  @Test
  void unknownConfigKeyIsRefusedByName() throws Exception {
    final Path file = dir.resolve("config.toml");
    Files.writeString(file, "p2p-port=31000\nrpc-htp-port=1\n");
    final CliRunner.Result result = CliRunner.run(Map.of(), "run", "--config", file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown key 'rpc-htp-port'").doesNotContain("\tat ");
  }

  @Test
  void badValuesNameTheKey() throws Exception {
    final Path file = dir.resolve("config.toml");
    Files.writeString(file, "rpc-http-port=\"abc\"\n");
    assertThat(CliRunner.run(Map.of(), "run", "--config", file.toString()).err())
        .contains("rpc-http-port");
    final CliRunner.Result env = CliRunner.run(Map.of("TWINCHAIN_P2P_PORT", "99999"), "run");
    assertThat(env.exitCode()).isEqualTo(2);
    assertThat(env.err()).contains("p2p-port").contains("99999");
    final CliRunner.Result api = CliRunner.run(Map.of(), "run", "--rpc-http-api", "WEB3,FOO");
    assertThat(api.exitCode()).isEqualTo(2);
    assertThat(api.err()).contains("rpc-http-api").contains("FOO");
    final CliRunner.Result role = CliRunner.run(Map.of(), "run", "--role", "miner");
    assertThat(role.exitCode()).isEqualTo(2);
    assertThat(role.err()).contains("--role");
    final CliRunner.Result boot =
        CliRunner.run(Map.of(), "run", "--bootnodes", "enode://zz@1.2.3.4:1");
    assertThat(boot.exitCode()).isEqualTo(2);
    assertThat(boot.err()).contains("bootnodes");
    Files.writeString(file, "this is = not toml [");
    assertThat(CliRunner.run(Map.of(), "run", "--config", file.toString()).err())
        .contains("not valid TOML");
  }

  @Test
  void controllerOptionsTurnTheLoopOnAndAreChecked() {
    assertThat(resolve(Map.of()).controller().controller()).isEmpty();
    final String id = "ab".repeat(64);
    final var config =
        resolve(
                Map.of(),
                "--controller-node",
                id,
                "--slot-length",
                "200",
                "--controller-policy",
                "ap-only",
                "--controller-twin",
                "plant:a1@0,plant:b1@1")
            .controller();
    assertThat(config.controller().orElseThrow().toHex()).isEqualTo(id);
    assertThat(config.slotLength()).contains(java.time.Duration.ofMillis(200));
    assertThat(config.policy()).isEqualTo("ap-only");
    assertThat(config.twins())
        .extracting(t -> t.twin() + "@" + t.gateway())
        .containsExactly("plant:a1@0", "plant:b1@1");
    final CliRunner.Result policy =
        CliRunner.run(Map.of(), "run", "--controller-policy", "fastest");
    assertThat(policy.exitCode()).isEqualTo(2);
    assertThat(policy.err()).contains("controller-policy").contains("fastest");
    final CliRunner.Result twin = CliRunner.run(Map.of(), "run", "--controller-twin", "plant");
    assertThat(twin.exitCode()).isEqualTo(2);
    assertThat(twin.err()).contains("THING_ID@GATEWAY_INDEX");
  }
}
