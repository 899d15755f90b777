/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.perm;

import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;

/** {@code perm_getAccountsAllowlist}: the allowed account addresses. */
public final class PermGetAccountsAllowlist implements JsonRpcMethod {

  private final PermissionsConfig permissions;

  public PermGetAccountsAllowlist(final PermissionsConfig permissions) {
    this.permissions = permissions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.PERM_GET_ACCOUNTS_ALLOWLIST;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return permissions.accounts().stream().map(Object::toString).toList();
  }
}
