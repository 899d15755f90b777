/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.json.CallJson;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import java.util.Optional;

/**
 * {@code eth_call(call, block)}: runs a read-only call on a canonical state and returns its output;
 * a revert is error 3 with the revert data; null for an unknown block.
 */
public final class EthCall implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthCall(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_CALL;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1, 2);
    final CallRequest request = callParameter(params);
    final Optional<CallResult> result =
        chain.call(BlockParameter.number(params, 1, chain), request);
    if (result.isEmpty()) {
      return null;
    }
    if (!result.get().success()) {
      throw CallFailure.of(result.get());
    }
    return HexJson.data(result.get().returnData());
  }

  /** The call object at parameter 0. */
  static CallRequest callParameter(final JsonRpcParams params) throws JsonRpcException {
    final JsonNode call = params.object(0);
    return JsonRpcParams.parsed(0, () -> CallJson.parse(call));
  }
}
