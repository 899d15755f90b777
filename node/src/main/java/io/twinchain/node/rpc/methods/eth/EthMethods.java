/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.query.ChainQueries;
import java.util.List;

/** The {@code eth_} namespace: the methods that need no ledger so far. */
public final class EthMethods implements ApiGroup {

  private final ChainQueries chain;

  public EthMethods(final ChainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcApi api() {
    return RpcApi.ETH;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(new EthChainId(chain));
  }
}
