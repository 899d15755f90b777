/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The devnet's view of its processes over HTTP: {@code /readiness} probes and JSON-RPC calls.
 * Anything that does not answer in time counts as not ready / no result.
 */
public final class DevnetHttp {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  private final String host;

  /** A client for the processes on {@code host}. */
  public DevnetHttp(final String host) {
    this.host = host;
  }

  /** Whether {@code GET /readiness} on {@code port} answers 200. */
  boolean ready(final int port) {
    try {
      return client
              .send(
                  HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/readiness"))
                      .timeout(TIMEOUT)
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Calls {@code method} on the JSON-RPC server at {@code port}: the {@code result}, or the error
   * message (a method another area has not landed yet answers "Method not found").
   */
  public RpcOutcome call(final int port, final String method, final Object... params) {
    final ObjectNode request = MAPPER.createObjectNode();
    request.put("jsonrpc", "2.0").put("id", 1).put("method", method);
    final ArrayNode array = request.putArray("params");
    for (final Object param : params) {
      array.add(MAPPER.valueToTree(param));
    }
    try {
      final HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/"))
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(request)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      final JsonNode body = MAPPER.readTree(response.body());
      if (body.has("result")) {
        return new RpcOutcome(Optional.of(body.get("result")), "");
      }
      return new RpcOutcome(Optional.empty(), body.path("error").path("message").asText("error"));
    } catch (IOException e) {
      return new RpcOutcome(Optional.empty(), "no answer");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new RpcOutcome(Optional.empty(), "interrupted");
    }
  }

  /**
   * What a JSON-RPC call gave.
   *
   * @param result the result, when the call succeeded
   * @param error why not, otherwise
   */
  public record RpcOutcome(Optional<JsonNode> result, String error) {

    /** The member {@code name} of an object result. */
    public RpcOutcome member(final String name) {
      return result
          .map(node -> node.path(name))
          .filter(node -> !node.isMissingNode())
          .map(node -> new RpcOutcome(Optional.of(node), ""))
          .orElse(new RpcOutcome(Optional.empty(), error.isEmpty() ? "no " + name : error));
    }

    /** The result as a number (hex quantities decoded), or {@code -} with the reason. */
    String quantity() {
      return result
          .map(
              node ->
                  node.isTextual() && node.asText().startsWith("0x")
                      ? Long.decode(node.asText()).toString()
                      : node.asText())
          .orElse("- (" + error + ")");
    }
  }
}
