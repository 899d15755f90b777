/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.chain.testsupport.TestContracts;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.twinchain.node.rpc.http.JsonRpcHttpServer;
import io.twinchain.node.rpc.http.JsonRpcServerConfig;
import io.twinchain.node.rpc.http.JsonRpcWebSocketServer;
import io.vertx.core.Vertx;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ethers v6 client (npm, pinned in {@code src/test/js/package-lock.json}, installed by {@code
 * .ci/install.d/rpc.sh}) run by node against a node over HTTP and WebSocket: chain id, block
 * number, balance, a signed transfer mined and waited for, a contract deployed and called, and a
 * {@code newHeads} subscription.
 */
class EthersClientTest {

  private static final Path SCRIPT_DIR = Path.of("src/test/js");

  @TempDir Path dir;

  @Test
  void ethersSeesTheChainAndGetsItsTransactionsMined() throws Exception {
    assertThat(SCRIPT_DIR.resolve("node_modules/ethers"))
        .as("ethers installed by .ci/install.d/rpc.sh (npm ci in %s)", SCRIPT_DIR)
        .isDirectory();
    final Vertx vertx = Vertx.vertx();
    try (RpcTestNode node = new RpcTestNode(dir, new NoOpMetricsSystem())) {
      node.producer.autoMine();
      final JsonRpcServerConfig config =
          new JsonRpcServerConfig(
              "127.0.0.1", 0, 16, 1 << 20, List.of("localhost", "127.0.0.1"), List.of());
      final int http = new JsonRpcHttpServer(vertx, config, node.processor).start().await();
      final int ws = new JsonRpcWebSocketServer(vertx, config, node.processor).start().await();
      final JsonNode seen =
          run(
              "http://127.0.0.1:" + http + "/",
              "ws://127.0.0.1:" + ws + "/",
              SeedBlock.DEV.getEcKeyPair().getPrivateKey().toString(16),
              TestContracts.STORE_AND_LOG_INIT.toHexString());
      assertThat(seen.get("chainId").asText()).isEqualTo("1337");
      assertThat(seen.get("blockNumber").asLong()).isZero();
      assertThat(seen.get("balance").asText()).isEqualTo("200000000000000000000");
      assertThat(seen.get("transferStatus").asInt()).isEqualTo(1);
      assertThat(seen.get("transferBlock").asLong()).isPositive();
      assertThat(seen.get("receiverBalance").asText()).isEqualTo("12345");
      assertThat(seen.get("callResult").asText()).isEqualTo("0x" + "00".repeat(31) + "63");
      assertThat(seen.get("newHead").asLong()).isPositive();
      assertThat(seen.get("finalBlockNumber").asLong())
          .isEqualTo(node.database.blockchain().head().number());
    } finally {
      vertx.close().await();
    }
  }

  private JsonNode run(final String... args) throws Exception {
    final File output = dir.resolve("ethers.out").toFile();
    final File errors = dir.resolve("ethers.err").toFile();
    final List<String> command = new ArrayList<>(List.of("node", "ethers-check.js"));
    command.addAll(List.of(args));
    final Process process =
        new ProcessBuilder(command)
            .directory(SCRIPT_DIR.toFile())
            .redirectOutput(output)
            .redirectError(errors)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ethers-check.js did not finish in 120 s");
    }
    assertThat(process.exitValue())
        .as("ethers-check.js failed: %s", Files.readString(errors.toPath(), StandardCharsets.UTF_8))
        .isZero();
    return new ObjectMapper().readTree(Files.readString(output.toPath(), StandardCharsets.UTF_8));
  }
}
