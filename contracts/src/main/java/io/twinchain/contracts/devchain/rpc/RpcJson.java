/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.BlockTag;
import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.json.JsonParamException;
import io.twinchain.contracts.devchain.DevChain;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * Parameter reading for the dev-chain methods over the chain module's shared JSON shapes ({@link
 * HexJson}, {@link BlockTag}), turning a parse failure into an invalid-params error.
 */
final class RpcJson {

  private RpcJson() {}

  /** A parse of one parameter that may fail with {@link JsonParamException}. */
  @FunctionalInterface
  interface Parse<T> {
    T apply() throws JsonParamException;
  }

  static <T> T parsed(final Parse<T> parse) throws DevRpcException {
    try {
      return parse.apply();
    } catch (JsonParamException e) {
      throw DevRpcException.invalidParams(e.getMessage());
    }
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
    final String text = param(params, index).asText();
    return parsed(() -> HexJson.parseAddress(text));
  }

  static Bytes bytes(final String hex) throws DevRpcException {
    return parsed(() -> HexJson.parseData(hex));
  }

  static Bytes32 word(final String hex) throws DevRpcException {
    return parsed(() -> HexJson.parseWord(hex));
  }

  /** The sealed block a block parameter names; {@code latest} when absent. */
  static long blockNumber(final JsonNode tag, final DevChain chain) throws DevRpcException {
    final long number = parsed(() -> tag(tag)).resolve(chain.headNumber());
    if (number > chain.headNumber()) {
      throw DevRpcException.invalidParams("unknown block " + tag.asText());
    }
    return number;
  }

  static boolean isPending(final JsonNode tag) throws DevRpcException {
    return parsed(() -> tag(tag)).kind() == BlockTag.Kind.PENDING;
  }

  private static BlockTag tag(final JsonNode tag) throws JsonParamException {
    return BlockTag.parse(
        tag.isMissingNode() || tag.isNull() ? Optional.empty() : Optional.of(tag.asText()));
  }
}
