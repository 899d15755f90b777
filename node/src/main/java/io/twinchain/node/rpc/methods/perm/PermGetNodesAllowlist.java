/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.perm;

import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;

/** {@code perm_getNodesAllowlist}: the allowed enode URLs. */
public final class PermGetNodesAllowlist implements JsonRpcMethod {

  private final PermissionsConfig permissions;

  public PermGetNodesAllowlist(final PermissionsConfig permissions) {
    this.permissions = permissions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.PERM_GET_NODES_ALLOWLIST;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return permissions.nodes().stream().map(Object::toString).toList();
  }
}
