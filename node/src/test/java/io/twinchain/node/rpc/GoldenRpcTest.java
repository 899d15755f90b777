/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.chain.types.Keccak256;
import io.twinchain.node.cli.TwinchainVersion;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code rpc/golden/**.json} file: {@code {request, response}} pairs against a node with
 * a fresh permissions file and the chain of {@link SeedBlock}. {@code {{nodeId}}}, {@code
 * {{p2pPort}}} and {@code {{clientVersion}}} in a response stand for values that differ per machine
 * or run. A file with {@code "websocket": true} is sent as from a WebSocket connection (the
 * subscription methods need one); notifications are not part of the golden exchange.
 */
class GoldenRpcTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir static Path dir;
  private static int caseNumber;

  static Stream<Path> goldenFiles() throws IOException, URISyntaxException {
    final Path root = Path.of(GoldenRpcTest.class.getResource("/rpc/golden").toURI());
    return Files.walk(root).filter(path -> path.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void matchesGoldenResponse(final Path file) throws Exception {
    final JsonNode golden = MAPPER.readTree(file.toFile());
    try (RpcTestNode fresh =
        new RpcTestNode(dir.resolve("case-" + caseNumber++), new NoOpMetricsSystem())) {
      SeedBlock.produceOn(fresh);
      final Optional<RpcConnection> connection =
          golden.path("websocket").asBoolean()
              ? Optional.of(new SilentConnection())
              : Optional.empty();
      final String actual =
          fresh.processor.process(request(golden.get("request"), fresh), connection).orElseThrow();
      assertThat(MAPPER.readTree(actual)).isEqualTo(expected(golden.get("response"), fresh));
    }
  }

  @Test
  void everyMethodHasAGoldenFile() throws Exception {
    final List<String> files = new java.util.ArrayList<>();
    try (Stream<Path> paths = goldenFiles()) {
      for (final Path path : paths.toList()) {
        files.add(Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    Arrays.stream(RpcMethod.values())
        .forEach(
            method ->
                assertThat(files)
                    .as("golden file for %s", method.methodName())
                    .anyMatch(text -> text.contains("\"" + method.methodName() + "\"")));
  }

  /**
   * A WebSocket client that is never sent a notification in a golden exchange (no block follows).
   */
  private static final class SilentConnection implements RpcConnection {
    @Override
    public void send(final String json) {
      throw new AssertionError("no notification expected: " + json);
    }

    @Override
    public void onClose(final Runnable action) {
      // stays open for the one exchange
    }
  }

  /**
   * The request with {@code {{tx0}}}..{@code {{tx2}}} (the seed transactions' hashes), {@code
   * {{raw0}}}..{@code {{raw2}}} (their envelopes), {@code {{block1}}} and {@code {{contract}}}
   * filled in.
   */
  static byte[] request(final JsonNode request, final RpcTestNode fresh) throws IOException {
    String text = MAPPER.writeValueAsString(request);
    final List<Bytes> seed = SeedBlock.transactions();
    for (int i = 0; i < seed.size(); i++) {
      text =
          text.replace("{{tx" + i + "}}", Keccak256.hash(seed.get(i)).toHexString())
              .replace("{{raw" + i + "}}", seed.get(i).toHexString());
    }
    return text.replace(
            "{{block1}}",
            fresh.database.blockchain().canonicalHeader(1).orElseThrow().hash().toHexString())
        .replace("{{contract}}", SeedBlock.CONTRACT.getValue())
        .getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode expected(final JsonNode response, final RpcTestNode fresh)
      throws IOException {
    final int port = fresh.network.localEnode().port();
    final String text =
        MAPPER
            .writeValueAsString(response)
            .replace("\"{{p2pPort}}\"", Integer.toString(port))
            .replace("{{p2pPort}}", Integer.toString(port))
            .replace("{{nodeId}}", RpcTestNode.DEV_KEY.nodeId().toHex())
            .replace("{{clientVersion}}", TwinchainVersion.clientVersion())
            .replace("{{genesisHash}}", fresh.database.blockchain().genesis().hash().toHexString());
    return MAPPER.readTree(text);
  }
}
