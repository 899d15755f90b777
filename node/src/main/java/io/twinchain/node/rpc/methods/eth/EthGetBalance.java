/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import java.util.regex.Pattern;

/**
 * {@code eth_getBalance(address, block)}: balance in wei as a hex quantity; null for an unknown
 * block.
 */
public final class EthGetBalance implements JsonRpcMethod {

  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

  private final BlockchainQueries chain;

  public EthGetBalance(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_BALANCE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(2);
    final String address = params.string(0);
    if (!ADDRESS.matcher(address).matches()) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "address must be 0x followed by 40 hex digits");
    }
    final long block = BlockParameter.resolve(params.string(1), chain);
    return chain.balance(address, block).map(wei -> "0x" + wei.toString(16)).orElse(null);
  }
}
