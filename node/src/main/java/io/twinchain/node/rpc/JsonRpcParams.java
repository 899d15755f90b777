/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/** Positional parameters of a request, read with {@code -32602} errors that say what is wrong. */
public final class JsonRpcParams {

  private final ArrayNode params;

  public JsonRpcParams(final ArrayNode params) {
    this.params = params;
  }

  public int size() {
    return params.size();
  }

  /** Fails unless there are exactly {@code count} parameters. */
  public void requireCount(final int count) throws JsonRpcException {
    if (params.size() != count) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "expected " + count + " parameters, got " + params.size());
    }
  }

  /** The raw value at {@code index}, empty when absent or null. */
  public java.util.Optional<JsonNode> optional(final int index) {
    return java.util.Optional.ofNullable(params.get(index)).filter(node -> !node.isNull());
  }

  /** The string at {@code index}. */
  public String string(final int index) throws JsonRpcException {
    final JsonNode node = params.get(index);
    if (node == null || !node.isTextual()) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "parameter " + index + " must be a string");
    }
    return node.textValue();
  }

  /** The array of strings at {@code index}. */
  public List<String> stringList(final int index) throws JsonRpcException {
    final JsonNode node = params.get(index);
    if (node == null || !node.isArray()) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "parameter " + index + " must be an array of strings");
    }
    final List<String> values = new ArrayList<>();
    for (final JsonNode element : node) {
      if (!element.isTextual()) {
        throw new JsonRpcException(
            JsonRpcError.INVALID_PARAMS, "parameter " + index + " must hold only strings");
      }
      values.add(element.textValue());
    }
    return values;
  }
}
