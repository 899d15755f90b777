/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.contracts.devchain.DevChain;

/** {@code eth_gasPrice}: gas is free on this permissioned chain (still metered). */
final class EthGasPrice implements DevRpcMethod {

  private final DevChain chain;

  EthGasPrice(final DevChain chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_gasPrice";
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    return RpcJson.quantity(0);
  }
}
