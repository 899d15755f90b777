/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.web3;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;

/** {@code web3_clientVersion}: the client's name/version/platform string. */
public final class Web3ClientVersion implements JsonRpcMethod {

  private final String clientVersion;

  public Web3ClientVersion(final String clientVersion) {
    this.clientVersion = clientVersion;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.WEB3_CLIENT_VERSION;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return clientVersion;
  }
}
