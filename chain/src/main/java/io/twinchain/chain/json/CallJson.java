/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.execution.CallRequest;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/** The call object of {@code eth_call} and {@code eth_estimateGas}. */
public final class CallJson {

  /** Gas given to a call that names none, as go-ethereum's default RPC gas cap. */
  public static final long DEFAULT_CALL_GAS = 50_000_000;

  private CallJson() {}

  /** Parses a call object; {@code data} wins over {@code input}, gas defaults to the cap. */
  public static CallRequest parse(final JsonNode call) throws JsonParamException {
    if (call == null || !call.isObject()) {
      throw new JsonParamException("the call must be an object");
    }
    final Optional<String> data = text(call, "data").or(() -> text(call, "input"));
    return new CallRequest(
        address(call, "from"),
        address(call, "to"),
        text(call, "value").isPresent()
            ? HexJson.parseQuantity(text(call, "value").get())
            : BigInteger.ZERO,
        data.isPresent() ? HexJson.parseData(data.get()) : Bytes.EMPTY,
        text(call, "gas").isPresent()
            ? HexJson.parseLong(text(call, "gas").get())
            : DEFAULT_CALL_GAS);
  }

  private static Optional<Address> address(final JsonNode call, final String field)
      throws JsonParamException {
    final Optional<String> text = text(call, field).filter(value -> !value.isEmpty());
    return text.isPresent() ? Optional.of(HexJson.parseAddress(text.get())) : Optional.empty();
  }

  private static Optional<String> text(final JsonNode call, final String field) {
    return Optional.ofNullable(call.get(field))
        .filter(node -> !node.isNull())
        .map(JsonNode::asText);
  }
}
