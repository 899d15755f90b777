/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.twin.anchor.AnchorLeaf;
import io.twinchain.twin.anchor.ProofStep;
import java.util.List;

/**
 * What {@code twin_getProof} returns: the leaf, its inclusion proof, and the anchor that holds the
 * root (slot, gateway account, transaction, block).
 *
 * @param leaf the twin at the revision
 * @param steps sibling hashes from the leaf up to the root
 * @param anchor the anchor record
 * @param gateway the account that anchored (TwinRegistry's {@code anchorOf(gateway, slot)})
 */
public record AnchorProof(
    AnchorLeaf leaf, List<ProofStep> steps, AnchorRecord anchor, String gateway) {

  /** Copies the steps. */
  public AnchorProof {
    steps = List.copyOf(steps);
  }
}
