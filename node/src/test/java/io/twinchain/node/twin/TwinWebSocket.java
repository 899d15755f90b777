/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A JSON-RPC WebSocket client for {@code twin_subscribe}: requests and pushed notifications. */
final class TwinWebSocket implements WebSocket.Listener {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  static TwinWebSocket connect(final int port) {
    final TwinWebSocket client = new TwinWebSocket();
    client.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), client)
            .join();
    return client;
  }

  /** Sends twin_subscribe with {@code filter}; returns the subscription id. */
  String subscribe(final String filter) throws InterruptedException {
    socket
        .sendText(
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"twin_subscribe\",\"params\":["
                + filter
                + "]}",
            true)
        .join();
    return await(m -> m.path("id").asInt() == 7).get("result").asText();
  }

  /** The first message matching {@code filter} within 60 s. */
  JsonNode await(final Predicate<JsonNode> filter) throws InterruptedException {
    final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      final JsonNode next = messages.poll(50, TimeUnit.MILLISECONDS);
      if (next != null && filter.test(next)) {
        return next;
      }
    }
    throw new AssertionError("no matching WebSocket message within 60 s");
  }

  @Override
  public CompletionStage<?> onText(
      final WebSocket webSocket, final CharSequence data, final boolean last) {
    partial.append(data);
    if (last) {
      try {
        messages.add(MAPPER.readTree(partial.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }
}
