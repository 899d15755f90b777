/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import org.web3j.abi.datatypes.Address;

/**
 * {@code eth_getBalance(address, block)}: balance in wei as a hex quantity; null for an unknown
 * block.
 */
public final class EthGetBalance implements JsonRpcMethod {

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
    params.requireCount(1, 2);
    final Address address = params.address(0);
    return chain
        .readState(BlockParameter.number(params, 1, chain), state -> state.balance(address))
        .map(HexJson::quantity)
        .orElse(null);
  }
}
