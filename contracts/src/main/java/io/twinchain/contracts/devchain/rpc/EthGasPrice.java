/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;

/** {@code eth_gasPrice}: gas is free on this permissioned chain (still metered). */
final class EthGasPrice extends DevChainMethod {

  EthGasPrice(final DevChain chain) {
    super("eth_gasPrice", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    return HexJson.quantity(0);
  }
}
