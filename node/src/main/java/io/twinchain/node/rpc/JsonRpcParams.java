/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.twinchain.chain.json.BlockTag;
import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.json.JsonParamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/** Positional parameters of a request, read with {@code -32602} errors that say what is wrong. */
public final class JsonRpcParams {

  private final ArrayNode params;
  private final Optional<RpcConnection> connection;

  public JsonRpcParams(final ArrayNode params) {
    this(params, Optional.empty());
  }

  /** Parameters of a request that arrived on {@code connection}, when it has one. */
  public JsonRpcParams(final ArrayNode params, final Optional<RpcConnection> connection) {
    this.params = params;
    this.connection = connection;
  }

  /** The connection the request arrived on; empty over HTTP. */
  public Optional<RpcConnection> connection() {
    return connection;
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

  /** Fails unless there are between {@code min} and {@code max} parameters. */
  public void requireCount(final int min, final int max) throws JsonRpcException {
    if (params.size() < min || params.size() > max) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS,
          "expected " + min + " to " + max + " parameters, got " + params.size());
    }
  }

  /** The string at {@code index}, or empty when absent or null. */
  public Optional<String> optionalString(final int index) throws JsonRpcException {
    final JsonNode node = params.get(index);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(string(index));
  }

  /** The boolean at {@code index}, {@code false} when absent. */
  public boolean flag(final int index) throws JsonRpcException {
    final JsonNode node = params.get(index);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "parameter " + index + " must be a boolean");
    }
    return node.booleanValue();
  }

  /** The object at {@code index}. */
  public JsonNode object(final int index) throws JsonRpcException {
    final JsonNode node = params.get(index);
    if (node == null || !node.isObject()) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "parameter " + index + " must be an object");
    }
    return node;
  }

  /** The address at {@code index}. */
  public Address address(final int index) throws JsonRpcException {
    final String text = string(index);
    return parsed(index, () -> HexJson.parseAddress(text));
  }

  /** The 32-byte hash at {@code index}. */
  public Bytes32 hash(final int index) throws JsonRpcException {
    final String text = string(index);
    return parsed(index, () -> HexJson.parseHash(text));
  }

  /** The block parameter at {@code index}; {@code latest} when absent. */
  public BlockTag blockTag(final int index) throws JsonRpcException {
    final Optional<String> text = optionalString(index);
    return parsed(index, () -> BlockTag.parse(text));
  }

  /** A value parsed from parameter {@code index}, a parse failure being invalid params. */
  public static <T> T parsed(final int index, final Parse<T> parse) throws JsonRpcException {
    try {
      return parse.apply();
    } catch (JsonParamException e) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "parameter " + index + ": " + e.getMessage());
    }
  }

  /** A parse that may fail with {@link JsonParamException}. */
  @FunctionalInterface
  public interface Parse<T> {
    T apply() throws JsonParamException;
  }
}
