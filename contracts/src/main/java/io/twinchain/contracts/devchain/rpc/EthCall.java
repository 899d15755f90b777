/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;

/** {@code eth_call}: a read-only call on the state after any sealed block. */
final class EthCall extends DevChainMethod {

  EthCall(final DevChain chain) {
    super("eth_call", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    return HexJson.data(
        CallParams.run(chain, RpcJson.param(params, 0), params.path(1)).returnData());
  }
}
