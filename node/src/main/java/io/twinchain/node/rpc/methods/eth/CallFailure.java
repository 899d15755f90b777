/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.execution.CallResult;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;

/**
 * The error of a failed call: code 3 with the revert data (go-ethereum's shape, which web3j and
 * ethers decode into revert reasons), else the EVM error.
 */
final class CallFailure {

  private CallFailure() {}

  static JsonRpcException of(final CallResult result) {
    return result.reverted()
        ? new JsonRpcException(JsonRpcError.EXECUTION_REVERTED, result.returnData().toHexString())
        : new JsonRpcException(JsonRpcError.CALL_FAILED, result.error().orElse("unknown error"));
  }
}
