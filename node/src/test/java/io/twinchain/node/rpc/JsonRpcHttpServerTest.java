/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.twinchain.node.rpc.http.JsonRpcHttpServer;
import io.twinchain.node.rpc.http.JsonRpcServerConfig;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP transport on a real socket: limits, error codes, host and CORS checks. */
class JsonRpcHttpServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_BYTES = 4096;
  @TempDir static Path dir;
  private static Vertx vertx;
  private static RpcTestNode node;
  private static int port;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    node = new RpcTestNode(dir, new NoOpMetricsSystem());
    final JsonRpcServerConfig config =
        new JsonRpcServerConfig(
            "127.0.0.1",
            0,
            3,
            MAX_BYTES,
            List.of("localhost", "127.0.0.1"),
            List.of("http://app.example"));
    port = new JsonRpcHttpServer(vertx, config, node.processor).start().await();
  }

  @AfterAll
  static void stop() {
    node.close();
    vertx.close().await();
  }

  @Test
  void malformedJsonIsAParseError() throws Exception {
    assertError(post("{\"jsonrpc\":\"2.0\",\"id\":1,"), -32700);
    assertError(post("{} trailing"), -32700);
    assertError(post(""), -32700);
    assertStillServes();
  }

  @Test
  void unknownMethodBadParamsAndInvalidRequests() throws Exception {
    assertError(post(call("no_suchMethod", "[]")), -32601);
    assertError(post(call("web3_sha3", "[42]")), -32602);
    assertError(post("42"), -32600);
    assertError(post("[]"), -32600);
    assertStillServes();
  }

  @Test
  void batchesAnswerEachRequestAndRefuseOversizedBatches() throws Exception {
    final JsonNode batch =
        MAPPER.readTree(
            post("[" + call("net_version", "[]") + ",1," + call("no_such", "[]") + "]").body());
    assertThat(batch).hasSize(3);
    assertThat(batch.get(0).get("result").asText()).isEqualTo("1337");
    assertThat(batch.get(1).get("error").get("code").asInt()).isEqualTo(-32600);
    assertThat(batch.get(2).get("error").get("code").asInt()).isEqualTo(-32601);
    final String five =
        String.join(
            ",",
            List.of(
                call("net_version", "[]"),
                call("net_version", "[]"),
                call("net_version", "[]"),
                call("net_version", "[]"),
                call("net_version", "[]")));
    assertError(post("[" + five + "]"), -32005);
    assertStillServes();
  }

  @Test
  void notificationsGetNoResponse() throws Exception {
    final HttpResponse<String> response =
        post("{\"jsonrpc\":\"2.0\",\"method\":\"net_version\",\"params\":[]}");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void oversizedBodyIsRefusedWith413() throws Exception {
    final HttpResponse<String> response =
        post(call("web3_sha3", "[\"0x" + "00".repeat(MAX_BYTES) + "\"]"));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(MAPPER.readTree(response.body()).get("error").get("code").asInt()).isEqualTo(-32600);
    assertStillServes();
  }

  @Test
  void unknownHostAndOriginAreForbidden() throws Exception {
    final String body = call("net_version", "[]");
    assertThat(
            rawHttp(
                port,
                "POST / HTTP/1.1\r\nHost: evil.example:8545\r\nConnection: close\r\nContent-Length: "
                    + body.length()
                    + "\r\n\r\n"
                    + body))
        .startsWith("HTTP/1.1 403");
    assertThat(send(request().header("Origin", "http://evil.example")).statusCode()).isEqualTo(403);
    final HttpResponse<String> allowed = send(request().header("Origin", "http://app.example"));
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://app.example");
    final HttpResponse<String> preflight =
        CLIENT.send(
            HttpRequest.newBuilder(uri())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://app.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValueSatisfying(v -> assertThat(v).contains("POST"));
  }

  @Test
  void connectionsBeyondTheLimitAreClosed() throws Exception {
    final JsonRpcServerConfig config =
        new JsonRpcServerConfig("127.0.0.1", 0, 2, MAX_BYTES, List.of("*"), List.of());
    final JsonRpcHttpServer limited = new JsonRpcHttpServer(vertx, config, node.processor);
    final int limitedPort = limited.start().await();
    final String body = call("net_version", "[]");
    final String keepAlive =
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
            + body.length()
            + "\r\n\r\n"
            + body;
    try (Socket first = new Socket("127.0.0.1", limitedPort);
        Socket second = new Socket("127.0.0.1", limitedPort)) {
      for (final Socket socket : List.of(first, second)) {
        socket.getOutputStream().write(keepAlive.getBytes(StandardCharsets.US_ASCII));
        assertThat(socket.getInputStream().read()).isEqualTo('H');
      }
      assertThat(
              rawHttp(
                  limitedPort,
                  keepAlive.replace("Host: localhost", "Host: localhost\r\nConnection: close")))
          .isEmpty();
    }
    Thread.sleep(100);
    assertThat(
            rawHttp(
                limitedPort,
                keepAlive.replace("Host: localhost", "Host: localhost\r\nConnection: close")))
        .startsWith("HTTP/1.1 200");
    limited.stop().await();
  }

  private static String rawHttp(final int target, final String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", target)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return readAll(socket.getInputStream());
    }
  }

  private static String readAll(final InputStream in) throws IOException {
    try {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (java.net.SocketException reset) {
      return "";
    }
  }

  private static void assertStillServes() throws Exception {
    final HttpResponse<String> response = post(call("eth_chainId", "[]"));
    assertThat(MAPPER.readTree(response.body()).get("result").asText()).isEqualTo("0x539");
  }

  private static void assertError(final HttpResponse<String> response, final int code)
      throws IOException {
    assertThat(MAPPER.readTree(response.body()).get("error").get("code").asInt()).isEqualTo(code);
  }

  private static String call(final String method, final String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":" + params + "}";
  }

  private static HttpResponse<String> post(final String body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request() {
    return HttpRequest.newBuilder(uri())
        .POST(HttpRequest.BodyPublishers.ofString(call("net_version", "[]")));
  }

  private static HttpResponse<String> send(final HttpRequest.Builder builder) throws Exception {
    return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }
}
