/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.contracts.devchain.DevChain;

/**
 * {@code eth_estimateGas}: the gas the call used at the latest state plus the transaction's
 * intrinsic 21,000 and a quarter for refunds and state drift (no binary search: a dev-chain
 * estimate, generous on purpose).
 */
final class EthEstimateGas extends DevChainMethod {

  private static final long TRANSACTION_GAS = 21_000;
  private static final long CREATION_GAS = 32_000;

  EthEstimateGas(final DevChain chain) {
    super("eth_estimateGas", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final JsonNode call = RpcJson.param(params, 0);
    final long used = CallParams.run(chain, call, params.path(1)).gasUsed();
    final long intrinsic =
        TRANSACTION_GAS + (call.hasNonNull("to") ? 0 : CREATION_GAS) + calldataGas(call);
    return RpcJson.quantity((used + intrinsic) * 5 / 4);
  }

  private static long calldataGas(final JsonNode call) throws DevRpcException {
    final String hex =
        call.hasNonNull("data") ? call.get("data").asText() : call.path("input").asText("0x");
    return RpcJson.bytes(hex).size() * 16L;
  }
}
