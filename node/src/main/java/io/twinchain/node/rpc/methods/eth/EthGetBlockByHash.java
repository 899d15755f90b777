/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;

/**
 * {@code eth_getBlockByHash(hash, full)}: a stored block with transaction hashes, or full
 * transaction objects when {@code full}; null for an unknown hash.
 */
public final class EthGetBlockByHash implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthGetBlockByHash(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_BLOCK_BY_HASH;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1, 2);
    final boolean full = params.flag(1);
    return chain.block(params.hash(0)).map(block -> BlockResult.of(block, full)).orElse(null);
  }
}
