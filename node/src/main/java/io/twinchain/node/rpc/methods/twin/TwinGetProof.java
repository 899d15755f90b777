/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.methods.Quantity;
import io.twinchain.node.twin.anchor.AnchorProof;
import io.twinchain.node.twin.anchor.AnchorRecord;
import io.twinchain.twin.anchor.ProofStep;
import io.twinchain.twin.model.ThingId;

/**
 * {@code twin_getProof(thingId, revision)}: the anchored leaf of the twin at that revision, its
 * Merkle inclusion proof, the root, and the anchor (slot, gateway account, transaction, and the
 * block that mined it). Check it with {@code MerkleProofVerifier} against {@code
 * TwinRegistry.anchorOf(gateway, slot)} read at that block.
 */
public final class TwinGetProof implements JsonRpcMethod {

  private final TwinQueries twins;

  public TwinGetProof(final TwinQueries twins) {
    this.twins = twins;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.TWIN_GET_PROOF;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(2);
    final ThingId thingId = TwinParams.thingId(params, 0);
    final long revision = TwinParams.quantity(params, 1);
    final AnchorProof proof =
        twins
            .proof(thingId, revision)
            .orElseThrow(
                () ->
                    new JsonRpcException(
                        JsonRpcError.TWIN_NOT_ANCHORED, thingId + " at revision " + revision));
    return toJson(proof);
  }

  private static ObjectNode toJson(final AnchorProof proof) {
    final ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("thingId", proof.leaf().thingId().toString());
    json.put("revision", proof.leaf().revision());
    json.put("stateHash", proof.leaf().stateHash().toHexString());
    json.put("leaf", proof.leaf().hash().toHexString());
    final ArrayNode steps = json.putArray("proof");
    for (final ProofStep step : proof.steps()) {
      steps
          .addObject()
          .put("side", step.side().name())
          .put("sibling", step.sibling().toHexString());
    }
    final AnchorRecord anchor = proof.anchor();
    json.put("root", anchor.root().toHexString());
    json.put("slot", anchor.slot());
    json.put("gateway", proof.gateway());
    json.put("status", anchor.status().name());
    json.put("transactionHash", anchor.transactionHash().map(h -> h.toHexString()).orElse(null));
    json.put("blockNumber", anchor.blockNumber().map(Quantity::of).orElse(null));
    json.put("blockHash", anchor.blockHash().map(h -> h.toHexString()).orElse(null));
    return json;
  }
}
