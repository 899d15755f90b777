/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.net;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.NetworkQueries;

/** {@code net_listening}: whether the P2P listener is up. */
public final class NetListening implements JsonRpcMethod {

  private final NetworkQueries network;

  public NetListening(final NetworkQueries network) {
    this.network = network;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.NET_LISTENING;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return network.isListening();
  }
}
