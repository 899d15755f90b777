/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;

/** {@code eth_chainId}: the chain id transactions are signed for. */
final class EthChainId extends DevChainMethod {

  EthChainId(final DevChain chain) {
    super("eth_chainId", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    return HexJson.quantity(chain.chainId());
  }
}
