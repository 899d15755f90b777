/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.admin;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.NetworkQueries;

/** {@code admin_peers}: the established peers. */
public final class AdminPeers implements JsonRpcMethod {

  private final NetworkQueries network;

  public AdminPeers(final NetworkQueries network) {
    this.network = network;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ADMIN_PEERS;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return network.peers();
  }
}
