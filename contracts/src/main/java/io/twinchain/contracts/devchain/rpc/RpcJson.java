/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.twinchain.chain.types.Addresses;
import io.twinchain.contracts.devchain.DevChain;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;
import org.web3j.utils.Numeric;

/** Parameter parsing and result encoding shared by the dev-chain JSON-RPC methods. */
final class RpcJson {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RpcJson() {}

  static TextNode quantity(final long value) {
    return quantity(BigInteger.valueOf(value));
  }

  static TextNode quantity(final BigInteger value) {
    return TextNode.valueOf(Numeric.toHexStringWithPrefix(value));
  }

  static TextNode data(final Bytes value) {
    return TextNode.valueOf(value.toHexString());
  }

  static TextNode address(final Address value) {
    return TextNode.valueOf(value.getValue());
  }

  /** Parameter {@code index}, which must be present. */
  static JsonNode param(final JsonNode params, final int index) throws DevRpcException {
    final JsonNode value = params.path(index);
    if (value.isMissingNode() || value.isNull()) {
      throw DevRpcException.invalidParams("missing parameter " + index);
    }
    return value;
  }

  static Address addressParam(final JsonNode params, final int index) throws DevRpcException {
    return toAddress(param(params, index).asText());
  }

  static Address toAddress(final String hex) throws DevRpcException {
    try {
      return Addresses.fromHex(hex);
    } catch (RuntimeException e) {
      throw DevRpcException.invalidParams("not an address: " + hex);
    }
  }

  static Bytes bytes(final String hex) throws DevRpcException {
    try {
      return Bytes.fromHexString(hex);
    } catch (RuntimeException e) {
      throw DevRpcException.invalidParams("not hex data: " + hex);
    }
  }

  /** A 32-byte word (storage slot) given as hex of any length up to 32 bytes. */
  static Bytes32 word(final String hex) throws DevRpcException {
    try {
      return Bytes32.fromHexStringLenient(hex);
    } catch (RuntimeException e) {
      throw DevRpcException.invalidParams("not a 32-byte word: " + hex);
    }
  }

  /**
   * The sealed block a block parameter names: a number, {@code earliest}, or {@code latest} (also
   * for {@code pending}, {@code safe}, {@code finalized} and when absent).
   */
  static long blockNumber(final JsonNode tag, final DevChain chain) throws DevRpcException {
    final String text = tag.isMissingNode() || tag.isNull() ? "latest" : tag.asText();
    final long number =
        switch (text) {
          case "latest", "pending", "safe", "finalized" -> chain.headNumber();
          case "earliest" -> 0;
          default -> parseQuantity(text);
        };
    if (number < 0 || number > chain.headNumber()) {
      throw DevRpcException.invalidParams("unknown block " + text);
    }
    return number;
  }

  static boolean isPending(final JsonNode tag) {
    return "pending".equals(tag.asText());
  }

  static long parseQuantity(final String text) throws DevRpcException {
    try {
      return Numeric.decodeQuantity(text).longValueExact();
    } catch (RuntimeException e) {
      throw DevRpcException.invalidParams("not a quantity: " + text);
    }
  }
}
