/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import org.web3j.abi.datatypes.Address;

/**
 * {@code eth_getTransactionCount(address, block)}: the account nonce at a block, or for {@code
 * pending} the nonce its next transaction must carry counting the pool; null for an unknown block.
 */
public final class EthGetTransactionCount implements JsonRpcMethod {

  private final BlockchainQueries chain;
  private final TransactionSink pool;

  public EthGetTransactionCount(final BlockchainQueries chain, final TransactionSink pool) {
    this.chain = chain;
    this.pool = pool;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_TRANSACTION_COUNT;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1, 2);
    final Address address = params.address(0);
    if (BlockParameter.isPending(params, 1)) {
      return HexJson.quantity(pool.nextNonce(address));
    }
    return chain
        .readState(BlockParameter.number(params, 1, chain), state -> state.nonce(address))
        .map(HexJson::quantity)
        .orElse(null);
  }
}
