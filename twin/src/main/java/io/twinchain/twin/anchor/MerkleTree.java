/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.anchor;

import io.twinchain.chain.types.Keccak256;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The binary Merkle tree of one slot's anchor. Leaves are sorted ({@link AnchorLeaf#ORDER}); inner
 * nodes are {@code keccak256(0x01 || left || right)}; a node without a sibling moves up unchanged
 * (no duplication, so no two leaf sets share a root by padding).
 */
public final class MerkleTree {

  static final Bytes NODE_PREFIX = Bytes.of(0x01);

  private final List<AnchorLeaf> leaves;
  private final List<List<Bytes32>> levels = new ArrayList<>();

  /**
   * @param leaves at least one leaf; duplicates are refused
   */
  public MerkleTree(final Collection<AnchorLeaf> leaves) {
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("a tree needs at least one leaf");
    }
    this.leaves = leaves.stream().sorted(AnchorLeaf.ORDER).toList();
    for (int i = 1; i < this.leaves.size(); i++) {
      if (AnchorLeaf.ORDER.compare(this.leaves.get(i - 1), this.leaves.get(i)) == 0) {
        throw new IllegalArgumentException("duplicate leaf " + this.leaves.get(i));
      }
    }
    List<Bytes32> level = this.leaves.stream().map(AnchorLeaf::hash).toList();
    levels.add(level);
    while (level.size() > 1) {
      final List<Bytes32> parents = new ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        parents.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
      }
      levels.add(parents);
      level = parents;
    }
  }

  /** The parent of two nodes. */
  public static Bytes32 node(final Bytes32 left, final Bytes32 right) {
    return Keccak256.hash(Bytes.concatenate(NODE_PREFIX, left, right));
  }

  /** The root that is anchored. */
  public Bytes32 root() {
    return levels.getLast().getFirst();
  }

  /** The leaves in tree order. */
  public List<AnchorLeaf> leaves() {
    return leaves;
  }

  /** The inclusion proof of {@code leaf}, if the tree holds it. */
  public Optional<List<ProofStep>> proof(final AnchorLeaf leaf) {
    int index = leaves.indexOf(leaf);
    if (index < 0) {
      return Optional.empty();
    }
    final List<ProofStep> steps = new ArrayList<>();
    for (final List<Bytes32> level : levels.subList(0, levels.size() - 1)) {
      final int sibling = index ^ 1;
      if (sibling < level.size()) {
        steps.add(
            new ProofStep(
                sibling < index ? ProofStep.Side.LEFT : ProofStep.Side.RIGHT, level.get(sibling)));
      }
      index /= 2;
    }
    return Optional.of(steps);
  }
}
