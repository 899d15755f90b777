/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.methods.Quantity;
import io.twinchain.node.rpc.query.ChainQueries;

/** {@code eth_chainId} (EIP-695): the chain id as a hex quantity. */
public final class EthChainId implements JsonRpcMethod {

  private final ChainQueries chain;

  public EthChainId(final ChainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_CHAIN_ID;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return Quantity.of(chain.chainId());
  }
}
