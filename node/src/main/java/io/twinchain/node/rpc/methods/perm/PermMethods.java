/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.perm;

import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import java.util.List;

/** The {@code perm_} namespace, named as in Besu. */
public final class PermMethods implements ApiGroup {

  private final PermissionsConfig permissions;

  public PermMethods(final PermissionsConfig permissions) {
    this.permissions = permissions;
  }

  @Override
  public RpcApi api() {
    return RpcApi.PERM;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(
        new PermAddNodesToAllowlist(permissions),
        new PermRemoveNodesFromAllowlist(permissions),
        new PermGetNodesAllowlist(permissions),
        new PermAddAccountsToAllowlist(permissions),
        new PermRemoveAccountsFromAllowlist(permissions),
        new PermGetAccountsAllowlist(permissions),
        new PermReloadPermissionsFromFile(permissions));
  }
}
