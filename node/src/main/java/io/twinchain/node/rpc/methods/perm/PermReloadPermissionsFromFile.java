/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.perm;

import io.twinchain.node.permissions.InvalidPermissionsConfigException;
import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;

/**
 * {@code perm_reloadPermissionsFromFile}: re-reads the permissions file; on error the lists stay as
 * they were.
 */
public final class PermReloadPermissionsFromFile implements JsonRpcMethod {

  private final PermissionsConfig permissions;

  public PermReloadPermissionsFromFile(final PermissionsConfig permissions) {
    this.permissions = permissions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.PERM_RELOAD_PERMISSIONS_FROM_FILE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    try {
      permissions.reload();
      return AllowlistResults.SUCCESS;
    } catch (InvalidPermissionsConfigException e) {
      throw new JsonRpcException(JsonRpcError.ALLOWLIST_RELOAD_ERROR, e.getMessage());
    }
  }
}
