/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;

/** Checks one request object against JSON-RPC 2.0 and extracts its parts. */
final class RequestValidator {

  private RequestValidator() {}

  static JsonRpcRequest validate(final JsonNode node, final Optional<RpcConnection> connection)
      throws JsonRpcException {
    if (!node.isObject()) {
      throw new JsonRpcException(JsonRpcError.INVALID_REQUEST, "request must be an object");
    }
    final JsonNode version = node.get("jsonrpc");
    if (version == null || !"2.0".equals(version.asText())) {
      throw new JsonRpcException(JsonRpcError.INVALID_REQUEST, "jsonrpc must be \"2.0\"");
    }
    final JsonNode id = node.get("id");
    if (id != null && !(id.isTextual() || id.isNumber() || id.isNull())) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_REQUEST, "id must be a string, number or null");
    }
    final JsonNode method = node.get("method");
    if (method == null || !method.isTextual()) {
      throw new JsonRpcException(JsonRpcError.INVALID_REQUEST, "method must be a string");
    }
    final JsonNode params = node.get("params");
    if (params != null && !params.isArray() && !params.isNull()) {
      throw new JsonRpcException(JsonRpcError.INVALID_PARAMS, "params must be an array");
    }
    final ArrayNode positional =
        params != null && params.isArray()
            ? (ArrayNode) params
            : JsonNodeFactory.instance.arrayNode();
    return new JsonRpcRequest(
        Optional.ofNullable(id), method.textValue(), new JsonRpcParams(positional, connection));
  }

  /** The id to answer an invalid request with: its id when that is usable, else null. */
  static Optional<JsonNode> idOf(final JsonNode node) {
    final JsonNode id = node.isObject() ? node.get("id") : null;
    return id != null && (id.isTextual() || id.isNumber()) ? Optional.of(id) : Optional.empty();
  }
}
