/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;

/** {@code net_version}: the network id, equal to the chain id. */
final class NetVersion extends DevChainMethod {

  NetVersion(final DevChain chain) {
    super("net_version", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    return HexJson.NODES.textNode(Long.toString(chain.chainId()));
  }
}
