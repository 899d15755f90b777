/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.admin;

import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.query.NetworkQueries;
import java.util.List;

/** The {@code admin_} namespace. */
public final class AdminMethods implements ApiGroup {

  private final NetworkQueries network;

  public AdminMethods(final NetworkQueries network) {
    this.network = network;
  }

  @Override
  public RpcApi api() {
    return RpcApi.ADMIN;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(new AdminPeers(network), new AdminNodeInfo(network));
  }
}
