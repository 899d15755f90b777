/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.perm;

import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;

/** {@code perm_removeAccountsFromAllowlist}: removes account addresses; the change is persisted. */
public final class PermRemoveAccountsFromAllowlist implements JsonRpcMethod {

  private final PermissionsConfig permissions;

  public PermRemoveAccountsFromAllowlist(final PermissionsConfig permissions) {
    this.permissions = permissions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.PERM_REMOVE_ACCOUNTS_FROM_ALLOWLIST;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    return AllowlistResults.toResult(
        permissions.removeAccounts(params.stringList(0)), AllowlistResults.Kind.ACCOUNTS);
  }
}
