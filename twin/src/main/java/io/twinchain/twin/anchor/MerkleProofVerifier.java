/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.anchor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Checks that a twin state is included under an anchored root, with nothing but the twin's JSON,
 * the proof and the root (read from TwinRegistry's {@code anchorOf}). Independent of the node: it
 * needs no store and trusts nothing the node computed except what it recomputes.
 */
public final class MerkleProofVerifier {

  private MerkleProofVerifier() {}

  /** The root that {@code leaf} and {@code steps} lead to. */
  public static Bytes32 computeRoot(final AnchorLeaf leaf, final List<ProofStep> steps) {
    Bytes32 running = leaf.hash();
    for (final ProofStep step : steps) {
      running =
          step.side() == ProofStep.Side.LEFT
              ? MerkleTree.node(step.sibling(), running)
              : MerkleTree.node(running, step.sibling());
    }
    return running;
  }

  /** Whether {@code leaf} is under {@code root} by {@code steps}. */
  public static ProofVerification verify(
      final AnchorLeaf leaf, final List<ProofStep> steps, final Bytes32 root) {
    final Bytes32 computed = computeRoot(leaf, steps);
    return computed.equals(root)
        ? new ProofVerification.Valid(root)
        : new ProofVerification.Invalid(ProofVerification.Reason.ROOT_MISMATCH, root, computed);
  }

  /**
   * Whether the twin whose {@code twin_get} JSON is {@code thingJson} is under {@code root}: the
   * leaf is rebuilt from the JSON's {@code thingId}, {@code _revision} and state hash.
   */
  public static ProofVerification verifyState(
      final JsonNode thingJson,
      final AnchorLeaf claimed,
      final List<ProofStep> steps,
      final Bytes32 root) {
    final Bytes32 stateHash = StateHash.ofJson(thingJson);
    if (!stateHash.equals(claimed.stateHash())
        || claimed.revision() != thingJson.path("_revision").asLong()
        || !claimed.thingId().toString().equals(thingJson.path("thingId").asText())) {
      return new ProofVerification.Invalid(
          ProofVerification.Reason.STATE_MISMATCH, claimed.stateHash(), stateHash);
    }
    return verify(claimed, steps, root);
  }
}
