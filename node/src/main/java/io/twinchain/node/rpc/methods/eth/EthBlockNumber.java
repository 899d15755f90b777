/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.methods.Quantity;
import io.twinchain.node.rpc.query.BlockchainQueries;

/** {@code eth_blockNumber}: the canonical head's number. */
public final class EthBlockNumber implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthBlockNumber(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_BLOCK_NUMBER;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return Quantity.of(chain.headNumber());
  }
}
