/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.json.CallJson;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.contracts.devchain.DevChain;
import java.util.Optional;

/** Running the call object of eth_call and eth_estimateGas on the dev chain. */
final class CallParams {

  private CallParams() {}

  static CallRequest parse(final JsonNode call) throws DevRpcException {
    return RpcJson.parsed(() -> CallJson.parse(call));
  }

  /** Runs {@code request} at block {@code number}, a missing state being invalid params. */
  static CallResult call(final DevChain chain, final CallRequest request, final long number)
      throws DevRpcException {
    try {
      return chain.call(request, number);
    } catch (MissingStateException e) {
      throw DevRpcException.invalidParams("state missing: " + e.getMessage());
    }
  }

  /** Runs the call at the block named by {@code tag}; a revert becomes error 3 with its data. */
  static CallResult run(final DevChain chain, final JsonNode call, final JsonNode tag)
      throws DevRpcException {
    return succeeded(call(chain, parse(call), RpcJson.blockNumber(tag, chain)));
  }

  /** {@code result} if it succeeded, else {@link #failure}. */
  static CallResult succeeded(final CallResult result) throws DevRpcException {
    if (!result.success()) {
      throw failure(result);
    }
    return result;
  }

  /** Error 3 with the revert data for a revert, else the EVM error. */
  static DevRpcException failure(final CallResult result) {
    return result.reverted()
        ? new DevRpcException(
            DevRpcException.EXECUTION_REVERTED,
            "execution reverted",
            Optional.of(result.returnData().toHexString()))
        : new DevRpcException(
            DevRpcException.TRANSACTION_REFUSED,
            result.error().orElse("call failed"),
            Optional.empty());
  }
}
