/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;

/**
 * {@code eth_getBlockByNumber(block, full)}: the canonical block with transaction hashes, or full
 * transaction objects when {@code full}; null for an unknown block.
 */
public final class EthGetBlockByNumber implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthGetBlockByNumber(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_BLOCK_BY_NUMBER;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1, 2);
    final long number = BlockParameter.number(params, 0, chain);
    final boolean full = params.flag(1);
    return chain
        .canonicalHeader(number)
        .map(BlockHeader::hash)
        .flatMap(chain::block)
        .map(block -> BlockResult.of(block, full))
        .orElse(null);
  }
}
