/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.json.TransactionJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.PendingQueries;
import org.apache.tuweni.bytes.Bytes32;

/**
 * {@code eth_getTransactionByHash(hash)}: a mined transaction with its block, else a pending one
 * with null block fields, else null.
 */
public final class EthGetTransactionByHash implements JsonRpcMethod {

  private final BlockchainQueries chain;
  private final PendingQueries pool;

  public EthGetTransactionByHash(final BlockchainQueries chain, final PendingQueries pool) {
    this.chain = chain;
    this.pool = pool;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_TRANSACTION_BY_HASH;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    final Bytes32 hash = params.hash(0);
    return chain
        .transaction(hash)
        .map(mined -> TransactionJson.of(mined.transaction(), mined.position()))
        .or(() -> pool.pending(hash).map(TransactionJson::pending))
        .map(ObjectNode.class::cast)
        .orElse(null);
  }
}
