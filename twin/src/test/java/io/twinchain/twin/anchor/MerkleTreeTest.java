/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.types.Keccak256;
import io.twinchain.twin.model.ThingId;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

  private static List<AnchorLeaf> leaves(final int count) {
    final List<AnchorLeaf> leaves = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leaves.add(
          new AnchorLeaf(
              ThingId.of("plant:dev-" + i), i + 1, Keccak256.hash(Bytes.ofUnsignedInt(i))));
    }
    return leaves;
  }

  @Test
  void everyLeafOfTreesOfOneToSeventeenLeavesProvesAgainstTheRoot() {
    for (int count = 1; count <= 17; count++) {
      final MerkleTree tree = new MerkleTree(leaves(count));
      for (final AnchorLeaf leaf : tree.leaves()) {
        assertThat(MerkleProofVerifier.verify(leaf, tree.proof(leaf).orElseThrow(), tree.root()))
            .as("leaf %s of %d", leaf.thingId(), count)
            .isEqualTo(new ProofVerification.Valid(tree.root()));
      }
    }
  }

  @Test
  void aSingleLeafIsItsOwnRootAndTwoLeavesHashWithTheNodePrefix() {
    final List<AnchorLeaf> two = leaves(2);
    assertThat(new MerkleTree(two.subList(0, 1)).root()).isEqualTo(two.get(0).hash());
    assertThat(new MerkleTree(List.of(two.get(1), two.get(0))).root())
        .isEqualTo(
            Keccak256.hash(Bytes.concatenate(Bytes.of(1), two.get(0).hash(), two.get(1).hash())));
  }

  @Test
  void aChangedRevisionStateOrSiblingOrAnotherRootFailsWithTheComputedRoot() {
    final MerkleTree tree = new MerkleTree(leaves(5));
    final AnchorLeaf leaf = tree.leaves().get(2);
    final List<ProofStep> proof = tree.proof(leaf).orElseThrow();
    final AnchorLeaf laterRevision =
        new AnchorLeaf(leaf.thingId(), leaf.revision() + 1, leaf.stateHash());
    final AnchorLeaf otherState = new AnchorLeaf(leaf.thingId(), leaf.revision(), Bytes32.ZERO);
    final List<ProofStep> tampered = new ArrayList<>(proof);
    tampered.set(0, new ProofStep(proof.get(0).side(), Bytes32.ZERO));

    for (final ProofVerification result :
        List.of(
            MerkleProofVerifier.verify(laterRevision, proof, tree.root()),
            MerkleProofVerifier.verify(otherState, proof, tree.root()),
            MerkleProofVerifier.verify(leaf, tampered, tree.root()),
            MerkleProofVerifier.verify(leaf, proof, Bytes32.ZERO))) {
      assertThat(result).isInstanceOf(ProofVerification.Invalid.class);
      assertThat(((ProofVerification.Invalid) result).reason())
          .isEqualTo(ProofVerification.Reason.ROOT_MISMATCH);
    }
    assertThat(tree.proof(laterRevision)).isEmpty();
  }

  @Test
  void refusesEmptyTreesAndDuplicateLeaves() {
    assertThatThrownBy(() -> new MerkleTree(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    final AnchorLeaf leaf = leaves(1).getFirst();
    assertThatThrownBy(() -> new MerkleTree(List.of(leaf, leaf)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
  }
}
