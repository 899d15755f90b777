/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * {@code eth_getStorageAt(address, slot, block)}: one 32-byte storage word; null for an unknown
 * block.
 */
public final class EthGetStorageAt implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthGetStorageAt(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_STORAGE_AT;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(2, 3);
    final Address address = params.address(0);
    final String slotText = params.string(1);
    final Bytes32 slot = JsonRpcParams.parsed(1, () -> HexJson.parseWord(slotText));
    return chain
        .readState(BlockParameter.number(params, 2, chain), state -> state.storage(address, slot))
        .map(HexJson::data)
        .orElse(null);
  }
}
