/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.keys.NodeKeyFile;
import io.twinchain.node.permissions.EnodeUrl;
import io.twinchain.node.permissions.PermissionsConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code twinchain run} processes, each its own JVM: a node whose key is not on the other's
 * allowlist cannot connect; after {@code perm_addNodesToAllowlist} over JSON-RPC it can, and the
 * change survives a restart of the listing node.
 */
class NodeProcessTest {

  private static final java.time.Duration PROCESS_TIMEOUT = java.time.Duration.ofSeconds(90);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path dir;
  private final List<Process> processes = new ArrayList<>();

  private record TestNode(String name, NodeKey key, int p2pPort, int rpcPort, Path config) {
    EnodeUrl enode() {
      return new EnodeUrl(key.nodeId(), "127.0.0.1", p2pPort);
    }
  }

  @AfterEach
  void stopAll() throws InterruptedException, IOException {
    for (final Process process : processes) {
      process.destroy();
      process.waitFor();
    }
    try (var logs = Files.list(dir)) {
      for (final Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
        System.out.println("--- " + log.getFileName() + "\n" + Files.readString(log));
      }
    }
  }

  @Test
  void allowlistAddOverRpcAdmitsANodeAndPersistsAcrossRestart() throws Exception {
    final Path genesis = dir.resolve("genesis.json");
    Files.writeString(genesis, io.twinchain.node.testsupport.TestGenesis.JSON);
    final TestNode a = node("a", genesis);
    final TestNode b = node("b", genesis);
    allow(a, a);
    allow(b, a, b);

    start(a);
    start(b);
    await("both answer JSON-RPC", PROCESS_TIMEOUT, () -> peerCount(a) == 0 && peerCount(b) == 0);
    Thread.sleep(6000);
    assertThat(peerCount(a)).as("b is not on a's allowlist").isZero();

    assertThat(call(a, "perm_addNodesToAllowlist", "[[\"" + b.enode() + "\"]]"))
        .isEqualTo("\"Success\"");
    await(
        "b admitted after perm_addNodesToAllowlist", () -> peerCount(a) == 1 && peerCount(b) == 1);

    processes.get(0).destroy();
    processes.get(0).waitFor();
    await("b notices a is gone", PROCESS_TIMEOUT, () -> peerCount(b) == 0);
    start(a);
    await("b admitted again after a's restart", PROCESS_TIMEOUT, () -> peerCount(a) == 1);
    assertThat(PermissionsConfig.load(dir.resolve("a/permissions_config.toml")).nodes())
        .contains(b.enode());
  }

  private TestNode node(final String name, final Path genesis) throws IOException {
    final Path data = dir.resolve(name);
    final NodeKey key = NodeKeyFile.generate(data.resolve("key"), new SecureRandom());
    final int p2p = freePort();
    final int rpc = freePort();
    final Path config = data.resolve("config.toml");
    Files.writeString(
        config,
        "role=\"ap\"\ndata-path=\""
            + data
            + "\"\ngenesis-file=\""
            + genesis
            + "\"\n"
            + "p2p-host=\"127.0.0.1\"\np2p-port="
            + p2p
            + "\nrpc-http-port="
            + rpc
            + "\nrpc-ws-enabled=false\n"
            + "rpc-http-api=[\"NET\",\"PERM\"]\n");
    return new TestNode(name, key, p2p, rpc, config);
  }

  private static void allow(final TestNode owner, final TestNode... nodes) {
    final PermissionsConfig permissions =
        PermissionsConfig.load(owner.config().resolveSibling("permissions_config.toml"));
    permissions.addNodes(java.util.Arrays.stream(nodes).map(n -> n.enode().toString()).toList());
  }

  private void start(final TestNode node) throws IOException {
    final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    final ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                TwinchainCommand.class.getName(),
                "run",
                "--config",
                node.config().toString())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dir.resolve(node.name() + ".log").toFile()));
    final Process process = builder.start();
    if (node.name().equals("a") && !processes.isEmpty()) {
      processes.set(0, process);
    } else {
      processes.add(process);
    }
  }

  private static int peerCount(final TestNode node) {
    try {
      return Integer.decode(call(node, "net_peerCount", "[]").replace("\"", ""));
    } catch (IOException | RuntimeException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String call(final TestNode node, final String method, final String params)
      throws IOException, InterruptedException {
    final String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    final HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.rpcPort() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return MAPPER.readTree(response.body()).get("result").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
