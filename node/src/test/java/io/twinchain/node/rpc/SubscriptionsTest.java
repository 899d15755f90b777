/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.chain.testsupport.TestContracts;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eth_subscribe} over a real WebSocket: a {@code newHeads} and a {@code logs} subscription
 * get the seed block's header and its one matching log; after {@code eth_unsubscribe} nothing more
 * arrives for that id, and an unknown id is an error.
 */
class SubscriptionsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void newHeadsAndLogsArriveUntilUnsubscribed() throws Exception {
    final Vertx vertx = Vertx.vertx();
    try (RpcTestNode node = new RpcTestNode(dir, new NoOpMetricsSystem())) {
      final int port = node.serveWebSocket(vertx);
      final WebSocket socket =
          vertx
              .createWebSocketClient()
              .connect(
                  new WebSocketConnectOptions()
                      .setPort(port)
                      .setHost("127.0.0.1")
                      .setURI("/")
                      .setAllowOriginHeader(false))
              .await();
      final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
      socket.textMessageHandler(text -> messages.add(read(text)));
      final String heads = call(socket, messages, "eth_subscribe", "[\"newHeads\"]").asText();
      final String logs =
          call(
                  socket,
                  messages,
                  "eth_subscribe",
                  "[\"logs\",{\"topics\":[\"" + TestContracts.TOPIC.toHexString() + "\"]}]")
              .asText();

      SeedBlock.produceOn(node);
      final JsonNode first = next(messages);
      final JsonNode second = next(messages);
      final JsonNode head =
          first.at("/params/subscription").asText().equals(heads) ? first : second;
      final JsonNode log = head == first ? second : first;
      assertThat(head.at("/params/result/number").asText()).isEqualTo("0x1");
      assertThat(head.at("/params/result/hash").asText())
          .isEqualTo(node.database.blockchain().head().hash().toHexString());
      assertThat(log.at("/params/subscription").asText()).isEqualTo(logs);
      assertThat(log.at("/params/result/address").asText())
          .isEqualTo(SeedBlock.CONTRACT.getValue());
      assertThat(log.at("/params/result/data").asText()).endsWith("2a");

      assertThat(call(socket, messages, "eth_unsubscribe", "[\"" + heads + "\"]").asBoolean())
          .isTrue();
      assertThat(error(socket, messages, "eth_unsubscribe", "[\"" + heads + "\"]"))
          .isEqualTo(-32000);
      node.producer.produce();
      assertThat(messages.poll(1, TimeUnit.SECONDS)).as("no newHeads after unsubscribing").isNull();
      socket.close().await();
    } finally {
      vertx.close().await();
    }
  }

  private static JsonNode call(
      final WebSocket socket,
      final BlockingQueue<JsonNode> messages,
      final String method,
      final String params)
      throws InterruptedException {
    return exchange(socket, messages, method, params).get("result");
  }

  private static int error(
      final WebSocket socket,
      final BlockingQueue<JsonNode> messages,
      final String method,
      final String params)
      throws InterruptedException {
    return exchange(socket, messages, method, params).at("/error/code").asInt();
  }

  private static JsonNode exchange(
      final WebSocket socket,
      final BlockingQueue<JsonNode> messages,
      final String method,
      final String params)
      throws InterruptedException {
    socket.writeTextMessage(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":" + params + "}");
    return next(messages);
  }

  private static JsonNode next(final BlockingQueue<JsonNode> messages) throws InterruptedException {
    final JsonNode message = messages.poll(10, TimeUnit.SECONDS);
    assertThat(message).as("a message within 10 s").isNotNull();
    return message;
  }

  private static JsonNode read(final String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
