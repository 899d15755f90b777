/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.twin.model.InvalidIdentifierException;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.RevisionPrunedException;
import java.util.Optional;

/** Reading twin method parameters with {@code -32602} errors that name the parameter. */
final class TwinParams {

  private TwinParams() {}

  static ThingId thingId(final JsonRpcParams params, final int index) throws JsonRpcException {
    final String text = params.string(index);
    try {
      return ThingId.of(text);
    } catch (InvalidIdentifierException e) {
      throw invalid("parameter " + index + ": " + e.getMessage());
    }
  }

  /** An object parameter, or an empty object when the parameter is absent. */
  static ObjectNode options(final JsonRpcParams params, final int index) throws JsonRpcException {
    final Optional<JsonNode> node = params.optional(index);
    if (node.isEmpty()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.get().isObject()) {
      throw invalid("parameter " + index + " must be an object");
    }
    return (ObjectNode) node.get();
  }

  /** A non-negative integer given as a JSON number or a {@code 0x} quantity. */
  static long quantity(final JsonNode node, final String name) throws JsonRpcException {
    if (node.canConvertToExactIntegral() && node.canConvertToLong() && node.asLong() >= 0) {
      return node.asLong();
    }
    if (node.isTextual() && node.textValue().matches("0x[0-9a-fA-F]{1,15}")) {
      return Long.parseLong(node.textValue().substring(2), 16);
    }
    throw invalid(name + " must be a non-negative integer or 0x quantity");
  }

  static long quantity(final JsonRpcParams params, final int index) throws JsonRpcException {
    return quantity(
        params.optional(index).orElseThrow(() -> invalid("parameter " + index + " is missing")),
        "parameter " + index);
  }

  /** The request's WebSocket connection; subscriptions need one. */
  static RpcConnection connection(final JsonRpcParams params) throws JsonRpcException {
    return params
        .connection()
        .orElseThrow(() -> new JsonRpcException(JsonRpcError.SUBSCRIPTIONS_NEED_WEBSOCKET));
  }

  static JsonRpcException invalid(final String detail) {
    return new JsonRpcException(JsonRpcError.INVALID_PARAMS, detail);
  }

  static JsonRpcException notFound(final ThingId thingId) {
    return new JsonRpcException(JsonRpcError.TWIN_NOT_FOUND, thingId.toString());
  }

  static JsonRpcException pruned(final RevisionPrunedException e) {
    return new JsonRpcException(JsonRpcError.TWIN_REVISION_PRUNED, e.getMessage());
  }
}
