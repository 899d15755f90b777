/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.block.Block;
import io.twinchain.chain.json.BlockJson;
import io.twinchain.contracts.devchain.DevChain;

/** {@code eth_getBlockByNumber}: a sealed block with transaction hashes or objects. */
final class EthGetBlockByNumber extends DevChainMethod {

  EthGetBlockByNumber(final DevChain chain) {
    super("eth_getBlockByNumber", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final Block block =
        chain.block(RpcJson.blockNumber(RpcJson.param(params, 0), chain)).orElseThrow().block();
    return BlockJson.of(
        block.header(), block.body().transactions(), params.path(1).asBoolean(false));
  }
}
