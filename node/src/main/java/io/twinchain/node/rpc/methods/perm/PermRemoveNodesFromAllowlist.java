/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.perm;

import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;

/** {@code perm_removeNodesFromAllowlist}: removes enode URLs and disconnects those nodes. */
public final class PermRemoveNodesFromAllowlist implements JsonRpcMethod {

  private final PermissionsConfig permissions;

  public PermRemoveNodesFromAllowlist(final PermissionsConfig permissions) {
    this.permissions = permissions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.PERM_REMOVE_NODES_FROM_ALLOWLIST;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    return AllowlistResults.toResult(
        permissions.removeNodes(params.stringList(0)), AllowlistResults.Kind.NODES);
  }
}
