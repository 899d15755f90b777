/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horizen.evm.results.ProofAccountResult;

/** The result of {@code eth_getProof} (EIP-1186) from libevm's account and storage proofs. */
public final class ProofJson {

  private ProofJson() {}

  public static ObjectNode of(final ProofAccountResult proof) {
    final ObjectNode json = HexJson.NODES.objectNode();
    json.put("address", proof.address.toString());
    json.set("balance", HexJson.quantity(proof.balance));
    json.put("codeHash", proof.codeHash.toString());
    json.set("nonce", HexJson.quantity(proof.nonce));
    json.put("storageHash", proof.storageHash.toString());
    final ArrayNode accountProof = json.putArray("accountProof");
    for (final String node : proof.accountProof) {
      accountProof.add(node);
    }
    final ArrayNode storageProof = json.putArray("storageProof");
    for (final ProofAccountResult.ProofStorageResult slot : proof.storageProof) {
      final ObjectNode entry = storageProof.addObject();
      entry.put("key", slot.key);
      entry.set("value", HexJson.quantity(slot.value));
      final ArrayNode nodes = entry.putArray("proof");
      for (final String node : slot.proof) {
        nodes.add(node);
      }
    }
    return json;
  }
}
