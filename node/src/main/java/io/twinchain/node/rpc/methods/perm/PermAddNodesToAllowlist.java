/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.perm;

import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;

/**
 * {@code perm_addNodesToAllowlist}: adds enode URLs; the change is persisted, and the nodes may
 * connect at once.
 */
public final class PermAddNodesToAllowlist implements JsonRpcMethod {

  private final PermissionsConfig permissions;

  public PermAddNodesToAllowlist(final PermissionsConfig permissions) {
    this.permissions = permissions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.PERM_ADD_NODES_TO_ALLOWLIST;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    return AllowlistResults.toResult(
        permissions.addNodes(params.stringList(0)), AllowlistResults.Kind.NODES);
  }
}
