/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horizen.evm.Hash;
import io.horizen.evm.results.ProofAccountResult;
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
    final ProofAccountResult proof =
        StateReads.read(
            chain, number, state -> state.evmState().getProof(EvmTypes.toEvm(account), root, keys));
    return json(proof);
  }

  private static ObjectNode json(final ProofAccountResult proof) {
    final ObjectNode json = RpcJson.NODES.objectNode();
    json.put("address", proof.address.toString());
    json.set("balance", RpcJson.quantity(proof.balance));
    json.put("codeHash", proof.codeHash.toString());
    json.set("nonce", RpcJson.quantity(proof.nonce));
    json.put("storageHash", proof.storageHash.toString());
    final ArrayNode accountProof = json.putArray("accountProof");
    for (String node : proof.accountProof) {
      accountProof.add(node);
    }
    final ArrayNode storageProof = json.putArray("storageProof");
    for (ProofAccountResult.ProofStorageResult slot : proof.storageProof) {
      final ObjectNode entry = storageProof.addObject();
      entry.put("key", slot.key);
      entry.set("value", RpcJson.quantity(slot.value));
      final ArrayNode nodes = entry.putArray("proof");
      for (String node : slot.proof) {
        nodes.add(node);
      }
    }
    return json;
  }
}
