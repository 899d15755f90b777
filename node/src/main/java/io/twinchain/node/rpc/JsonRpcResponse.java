/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** A response object, built as a JSON tree so that success and error share one shape. */
public record JsonRpcResponse(ObjectNode json) {

  /** A success carrying {@code result} (already converted to JSON). */
  public static JsonRpcResponse success(final Optional<JsonNode> id, final JsonNode result) {
    final ObjectNode json = envelope(id);
    json.set("result", result);
    return new JsonRpcResponse(json);
  }

  /** An error with the code and message of {@code error} and optional detail in {@code data}. */
  public static JsonRpcResponse error(
      final Optional<JsonNode> id, final JsonRpcError error, final Optional<String> data) {
    final ObjectNode json = envelope(id);
    final ObjectNode body = json.putObject("error");
    body.put("code", error.code());
    body.put("message", error.message());
    data.ifPresent(detail -> body.put("data", detail));
    return new JsonRpcResponse(json);
  }

  /** The error code, if this is an error response. */
  public Optional<Integer> errorCode() {
    return Optional.ofNullable(json.get("error")).map(error -> error.get("code").intValue());
  }

  private static ObjectNode envelope(final Optional<JsonNode> id) {
    final ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("jsonrpc", "2.0");
    json.set("id", id.orElse(NullNode.instance));
    return json;
  }
}
