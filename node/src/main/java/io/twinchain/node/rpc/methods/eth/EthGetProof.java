/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.horizen.evm.Hash;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.json.ProofJson;
import io.twinchain.chain.state.EvmTypes;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.Address;

/**
 * {@code eth_getProof(address, slots, block)} (EIP-1186): the account's and the slots'
 * Merkle-Patricia proofs against a canonical block's state root; null for an unknown block.
 */
public final class EthGetProof implements JsonRpcMethod {

  private final BlockchainQueries chain;

  public EthGetProof(final BlockchainQueries chain) {
    this.chain = chain;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_PROOF;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(2, 3);
    final Address address = params.address(0);
    final List<String> slots = params.stringList(1);
    final Hash[] keys = new Hash[slots.size()];
    for (int i = 0; i < keys.length; i++) {
      final String slot = slots.get(i);
      keys[i] = EvmTypes.toEvm(JsonRpcParams.parsed(1, () -> HexJson.parseWord(slot)));
    }
    final Optional<BlockHeader> header =
        chain.canonicalHeader(BlockParameter.number(params, 2, chain));
    if (header.isEmpty()) {
      return null;
    }
    final Hash root = EvmTypes.toEvm(header.get().stateRoot());
    return chain
        .readState(
            header.get().number(),
            state -> state.evmState().getProof(EvmTypes.toEvm(address), root, keys))
        .map(ProofJson::of)
        .orElse(null);
  }
}
