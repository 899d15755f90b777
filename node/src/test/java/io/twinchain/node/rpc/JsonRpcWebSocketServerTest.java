/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.twinchain.node.rpc.http.JsonRpcServerConfig;
import io.twinchain.node.rpc.http.JsonRpcWebSocketServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON-RPC over a real WebSocket: requests, errors, and refused origins. */
class JsonRpcWebSocketServerTest {

  @TempDir Path dir;

  @Test
  void answersRequestsAndRefusesForeignOrigins() throws Exception {
    final Vertx vertx = Vertx.vertx();
    try (RpcTestNode node = new RpcTestNode(dir, new NoOpMetricsSystem())) {
      final JsonRpcServerConfig config =
          new JsonRpcServerConfig(
              "127.0.0.1", 0, 8, 4096, List.of("localhost", "127.0.0.1"), List.of());
      final int port = new JsonRpcWebSocketServer(vertx, config, node.processor).start().await();
      final WebSocketClient client = vertx.createWebSocketClient();
      final WebSocket socket =
          client
              .connect(
                  new WebSocketConnectOptions()
                      .setPort(port)
                      .setHost("127.0.0.1")
                      .setURI("/")
                      .setAllowOriginHeader(false))
              .await();
      assertThat(
              exchange(
                  socket,
                  "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
          .contains("\"result\":\"0x539\"");
      assertThat(exchange(socket, "not json")).contains("-32700");
      assertThat(
              exchange(
                  socket,
                  "[{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"net_version\"},{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"nope\"}]"))
          .contains("\"1337\"")
          .contains("-32601");
      socket.close().await();
      final WebSocketConnectOptions foreign =
          new WebSocketConnectOptions()
              .setPort(port)
              .setHost("127.0.0.1")
              .setURI("/")
              .addHeader("Origin", "http://evil.example");
      assertThatThrownBy(() -> client.connect(foreign).await()).hasMessageContaining("403");
    } finally {
      vertx.close().await();
    }
  }

  private static String exchange(final WebSocket socket, final String request) throws Exception {
    final CompletableFuture<String> answer = new CompletableFuture<>();
    socket.textMessageHandler(answer::complete);
    socket.writeTextMessage(request);
    return answer.get(10, TimeUnit.SECONDS);
  }
}
