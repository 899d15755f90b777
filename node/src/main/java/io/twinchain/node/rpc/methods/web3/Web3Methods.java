/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.web3;

import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import java.util.List;

/** The {@code web3_} namespace. */
public final class Web3Methods implements ApiGroup {

  private final String clientVersion;

  public Web3Methods(final String clientVersion) {
    this.clientVersion = clientVersion;
  }

  @Override
  public RpcApi api() {
    return RpcApi.WEB3;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(new Web3ClientVersion(clientVersion), new Web3Sha3());
  }
}
