/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.net;

import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.query.ChainQueries;
import io.twinchain.node.rpc.query.NetworkQueries;
import java.util.List;

/** The {@code net_} namespace. */
public final class NetMethods implements ApiGroup {

  private final ChainQueries chain;
  private final NetworkQueries network;

  public NetMethods(final ChainQueries chain, final NetworkQueries network) {
    this.chain = chain;
    this.network = network;
  }

  @Override
  public RpcApi api() {
    return RpcApi.NET;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(new NetVersion(chain), new NetListening(network), new NetPeerCount(network));
  }
}
