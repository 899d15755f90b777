/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.ReceiptJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;

/** {@code eth_getTransactionReceipt(hash)}: the receipt of a mined transaction, else null. */
public final class EthGetTransactionReceipt implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthGetTransactionReceipt(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_TRANSACTION_RECEIPT;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    return chain.receipt(params.hash(0)).map(ReceiptJson::of).orElse(null);
  }
}
