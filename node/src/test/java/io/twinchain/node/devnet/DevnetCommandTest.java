/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.cli.TwinchainCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devnet commands' refusals: one clear line, exit code 1, nothing started or written. */
class DevnetCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(final String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code =
        TwinchainCommand.execute(args, Map.of(), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void upWithAPortTakenNamesThePortAndStartsNothing() throws Exception {
    final Path data = dir.resolve("net");
    try (ServerSocket taken = new ServerSocket()) {
      final int offset = 17_200;
      taken.bind(new InetSocketAddress("127.0.0.1", DevnetLayout.MQTT_PORT + offset));
      final Result result =
          run("devnet", "up", "--data-path", data.toString(), "--port-offset", "" + offset);
      assertThat(result.code()).isEqualTo(1);
      assertThat(result.err())
          .contains("port " + taken.getLocalPort() + " (broker mqtt) is already in use")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
    assertThat(data).doesNotExist();
  }

  @Test
  void commandsWithoutADevnetSayHowToStartOne() {
    for (final String command : new String[] {"status", "down", "resume", "logs"}) {
      final Result result =
          command.equals("logs")
              ? run("devnet", command, "ap-1", "--data-path", dir.toString())
              : run("devnet", command, "--data-path", dir.toString());
      assertThat(result.code()).as(command).isEqualTo(1);
      assertThat(result.err()).as(command).contains("start one with `twinchain devnet up`");
    }
  }

  @Test
  void upRefusesAFolderHoldingSomethingElse() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    final Result result =
        run("devnet", "up", "--data-path", dir.toString(), "--port-offset", "17000");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("is not empty and holds no devnet");
  }

  @Test
  void upOnAnExistingDevnetPointsToResumeAndRemove() throws Exception {
    final Path data = dir.resolve("net");
    DevnetGenesis.generate(new DevnetLayout(data, "127.0.0.1", 1, 1, 3, 17300));
    final Result result =
        run("devnet", "up", "--data-path", data.toString(), "--port-offset", "17300");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .contains("a devnet already exists in " + data)
        .contains("`twinchain devnet resume` continues it")
        .doesNotContain("\tat ");
  }

  @Test
  void injectFaultRejectsUnknownKindsAndDevicesBeforeConnecting() throws Exception {
    final Path data = dir.resolve("net");
    DevnetGenesis.generate(new DevnetLayout(data, "127.0.0.1", 1, 1, 3, 17100));
    final Result kind =
        run("devnet", "inject-fault", "machine-01", "melted", "--data-path", data.toString());
    assertThat(kind.err())
        .contains("unknown fault kind 'melted'; expected one of healthy, imbalance");
    final Result device =
        run("devnet", "inject-fault", "machine-04", "imbalance", "--data-path", data.toString());
    assertThat(device.err())
        .contains("no device machine-04 in this devnet (machine-01 .. machine-03)");
    assertThat(kind.code()).isEqualTo(1);
    assertThat(device.code()).isEqualTo(1);
  }
}
