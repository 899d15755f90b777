/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.net;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.ChainQueries;

/** {@code net_version}: the network id as a decimal string (equal to the chain id). */
public final class NetVersion implements JsonRpcMethod {

  private final ChainQueries chain;

  public NetVersion(final ChainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.NET_VERSION;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return Long.toString(chain.chainId());
  }
}
