/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.MiningQueries;

/** {@code eth_mining}: whether this node produces blocks. */
public final class EthMining implements JsonRpcMethod {

  private final MiningQueries node;

  public EthMining(final MiningQueries node) {
    this.node = node;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_MINING;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return node.isMining();
  }
}
