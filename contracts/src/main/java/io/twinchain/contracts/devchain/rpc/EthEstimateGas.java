/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.GasEstimator;
import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.contracts.devchain.DevChain;

/** {@code eth_estimateGas}: the ledger's binary search over real executions. */
final class EthEstimateGas extends DevChainMethod {

  EthEstimateGas(final DevChain chain) {
    super("eth_estimateGas", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final CallRequest request = CallParams.parse(RpcJson.param(params, 0));
    final long number = RpcJson.blockNumber(params.path(1), chain);
    final GasEstimator.Estimate estimate;
    try {
      estimate = GasEstimator.estimate(request, gas -> chain.call(request.withGas(gas), number));
    } catch (MissingStateException e) {
      throw DevRpcException.invalidParams("state missing: " + e.getMessage());
    }
    return switch (estimate) {
      case GasEstimator.Estimate.Sufficient sufficient -> HexJson.quantity(sufficient.gasLimit());
      case GasEstimator.Estimate.Failing failing -> throw CallParams.failure(failing.result());
    };
  }
}
