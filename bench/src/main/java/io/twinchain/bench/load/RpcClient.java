/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A minimal JSON-RPC 2.0 client over one keep-alive HTTP connection: single calls, and batches of
 * {@code eth_sendRawTransaction} (one HTTP request carries many transactions, as a wallet backend
 * or gateway would send them; each is still its own JSON-RPC call).
 */
final class RpcClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI uri;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  RpcClient(final String url) {
    this.uri = URI.create(url);
  }

  String url() {
    return uri.toString();
  }

  /** The {@code result} of one call; fails on a JSON-RPC error. */
  JsonNode call(final String method, final Object... params) {
    final JsonNode answer = post(request(1, method, params));
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed at " + uri + ": " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** Sends each envelope with {@code eth_sendRawTransaction}; the errors, one per refusal. */
  List<String> sendRaw(final List<String> envelopes) {
    final ArrayNode batch = JSON.createArrayNode();
    for (int i = 0; i < envelopes.size(); i++) {
      batch.add(request(i, "eth_sendRawTransaction", envelopes.get(i)));
    }
    final JsonNode answers = post(batch);
    return java.util.stream.StreamSupport.stream(answers.spliterator(), false)
        .filter(answer -> answer.has("error"))
        .map(answer -> answer.get("error").path("message").asText())
        .toList();
  }

  private static ObjectNode request(final int id, final String method, final Object... params) {
    final ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0").put("id", id).put("method", method);
    request.set("params", JSON.valueToTree(params));
    return request;
  }

  private JsonNode post(final JsonNode body) {
    try {
      final HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(60))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (final IOException e) {
      throw new UncheckedIOException("JSON-RPC to " + uri + " failed", e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
