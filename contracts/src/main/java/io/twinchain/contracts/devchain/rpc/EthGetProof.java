/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.horizen.evm.Hash;
import io.twinchain.chain.json.ProofJson;
import io.twinchain.chain.state.EvmTypes;
import io.twinchain.contracts.devchain.DevChain;
import org.web3j.abi.datatypes.Address;

/**
 * {@code eth_getProof} (EIP-1186): the account and storage Merkle-Patricia proofs of an account
 * against the state root of a sealed block, as go-ethereum's trie produces them.
 */
final class EthGetProof extends DevChainMethod {

  EthGetProof(final DevChain chain) {
    super("eth_getProof", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final Address account = RpcJson.addressParam(params, 0);
    final JsonNode keysParam = RpcJson.param(params, 1);
    final Hash[] keys = new Hash[keysParam.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = EvmTypes.toEvm(RpcJson.word(keysParam.get(i).asText()));
    }
    final long number = RpcJson.blockNumber(params.path(2), chain);
    final Hash root =
        EvmTypes.toEvm(chain.block(number).orElseThrow().block().header().stateRoot());
    return ProofJson.of(
        StateReads.read(
            chain,
            number,
            state -> state.evmState().getProof(EvmTypes.toEvm(account), root, keys)));
  }
}
