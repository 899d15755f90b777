/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.MiningQueries;

/** {@code eth_hashrate}: this node's proof-of-work hashes per second. */
public final class EthHashrate implements JsonRpcMethod {

  private final MiningQueries node;

  public EthHashrate(final MiningQueries node) {
    this.node = node;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_HASHRATE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return HexJson.quantity(node.hashrate());
  }
}
