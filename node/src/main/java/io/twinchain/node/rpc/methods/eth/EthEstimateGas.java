/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.execution.GasEstimator;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import java.util.Optional;

/**
 * {@code eth_estimateGas(call, block)}: the least gas limit with which the call succeeds, by binary
 * search over real executions; a call failing at the cap gets the call's error; null for an unknown
 * block.
 */
public final class EthEstimateGas implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthEstimateGas(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_ESTIMATE_GAS;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1, 2);
    final Optional<GasEstimator.Estimate> estimate =
        chain.estimateGas(BlockParameter.number(params, 1, chain), EthCall.callParameter(params));
    if (estimate.isEmpty()) {
      return null;
    }
    return switch (estimate.get()) {
      case GasEstimator.Estimate.Sufficient sufficient -> HexJson.quantity(sufficient.gasLimit());
      case GasEstimator.Estimate.Failing failing -> throw CallFailure.of(failing.result());
    };
  }
}
