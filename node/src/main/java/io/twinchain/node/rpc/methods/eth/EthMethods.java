/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.ChainQueries;
import java.util.List;

/** The {@code eth_} namespace. */
public final class EthMethods implements ApiGroup {

  private final ChainQueries chain;
  private final BlockchainQueries blockchain;

  public EthMethods(final ChainQueries chain, final BlockchainQueries blockchain) {
    this.chain = chain;
    this.blockchain = blockchain;
  }

  @Override
  public RpcApi api() {
    return RpcApi.ETH;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(
        new EthChainId(chain), new EthBlockNumber(blockchain), new EthGetBalance(blockchain));
  }
}
