/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.admin;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.NetworkQueries;

/** {@code admin_nodeInfo}: this node's enode, id, ports and chain state. */
public final class AdminNodeInfo implements JsonRpcMethod {

  private final NetworkQueries network;

  public AdminNodeInfo(final NetworkQueries network) {
    this.network = network;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ADMIN_NODE_INFO;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return network.nodeInfo();
  }
}
