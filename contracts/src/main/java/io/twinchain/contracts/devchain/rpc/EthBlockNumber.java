/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;

/** {@code eth_blockNumber}: the latest sealed block. */
final class EthBlockNumber extends DevChainMethod {

  EthBlockNumber(final DevChain chain) {
    super("eth_blockNumber", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    return HexJson.quantity(chain.headNumber());
  }
}
