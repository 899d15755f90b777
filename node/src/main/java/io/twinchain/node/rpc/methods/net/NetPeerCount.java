/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.net;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.methods.Quantity;
import io.twinchain.node.rpc.query.NetworkQueries;

/** {@code net_peerCount}: established peers, as a hex quantity. */
public final class NetPeerCount implements JsonRpcMethod {

  private final NetworkQueries network;

  public NetPeerCount(final NetworkQueries network) {
    this.network = network;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.NET_PEER_COUNT;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return Quantity.of(network.peerCount());
  }
}
