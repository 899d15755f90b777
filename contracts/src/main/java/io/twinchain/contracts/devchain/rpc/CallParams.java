/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.contracts.devchain.DevChain;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;
import org.web3j.utils.Numeric;

/** The call object of eth_call and eth_estimateGas, and running it. */
final class CallParams {

  /** Gas given to a call that names none, as go-ethereum's default RPC gas cap. */
  static final long DEFAULT_CALL_GAS = 50_000_000;

  private CallParams() {}

  static CallRequest parse(final JsonNode call) throws DevRpcException {
    final Optional<Address> from = optionalAddress(call.path("from"));
    final Optional<Address> to = optionalAddress(call.path("to"));
    final String dataHex =
        call.hasNonNull("data") ? call.get("data").asText() : call.path("input").asText("0x");
    final BigInteger value =
        call.hasNonNull("value")
            ? Numeric.decodeQuantity(call.get("value").asText())
            : BigInteger.ZERO;
    final long gas =
        call.hasNonNull("gas") ? RpcJson.parseQuantity(call.get("gas").asText()) : DEFAULT_CALL_GAS;
    final Bytes data = dataHex.isEmpty() ? Bytes.EMPTY : RpcJson.bytes(dataHex);
    return new CallRequest(from, to, value, data, gas);
  }

  /** Runs the call at the block named by {@code tag}; a revert becomes error 3 with its data. */
  static CallResult run(final DevChain chain, final JsonNode call, final JsonNode tag)
      throws DevRpcException {
    final CallResult result;
    try {
      result = chain.call(parse(call), RpcJson.blockNumber(tag, chain));
    } catch (MissingStateException e) {
      throw DevRpcException.invalidParams("state missing: " + e.getMessage());
    }
    if (result.reverted()) {
      throw new DevRpcException(
          DevRpcException.EXECUTION_REVERTED,
          "execution reverted",
          Optional.of(result.returnData().toHexString()));
    }
    if (!result.success()) {
      throw new DevRpcException(
          DevRpcException.TRANSACTION_REFUSED, result.error().orElseThrow(), Optional.empty());
    }
    return result;
  }

  private static Optional<Address> optionalAddress(final JsonNode node) throws DevRpcException {
    return node.isMissingNode() || node.isNull() || node.asText().isEmpty()
        ? Optional.empty()
        : Optional.of(RpcJson.toAddress(node.asText()));
  }
}
