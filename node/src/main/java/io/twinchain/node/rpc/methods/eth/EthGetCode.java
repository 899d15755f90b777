/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import org.web3j.abi.datatypes.Address;

/** {@code eth_getCode(address, block)}: the account's code; null for an unknown block. */
public final class EthGetCode implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthGetCode(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_CODE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1, 2);
    final Address address = params.address(0);
    return chain
        .readState(BlockParameter.number(params, 1, chain), state -> state.code(address))
        .map(HexJson::data)
        .orElse(null);
  }
}
