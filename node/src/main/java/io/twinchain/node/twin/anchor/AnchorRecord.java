/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.twin.anchor.AnchorLeaf;
import io.twinchain.twin.anchor.MerkleTree;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/**
 * One slot's anchor: the leaves (so proofs can be rebuilt), the root, and what became of its
 * transaction.
 *
 * @param slot the slot
 * @param root the Merkle root over {@code leaves}
 * @param leaves the anchored twins, in tree order
 * @param status where the transaction is
 * @param transactionHash the anchor transaction, once signed
 * @param detail why the pool refused it, or empty
 * @param blockNumber the canonical block holding it, once mined
 * @param blockHash that block's hash
 */
public record AnchorRecord(
    long slot,
    Bytes32 root,
    List<AnchorLeaf> leaves,
    AnchorStatus status,
    Optional<Bytes32> transactionHash,
    Optional<String> detail,
    Optional<Long> blockNumber,
    Optional<Bytes32> blockHash) {

  /** Copies the leaves. */
  public AnchorRecord {
    leaves = List.copyOf(leaves);
  }

  /** A new, not yet submitted anchor of {@code tree}. */
  public static AnchorRecord pending(final long slot, final MerkleTree tree) {
    return new AnchorRecord(
        slot,
        tree.root(),
        tree.leaves(),
        AnchorStatus.PENDING,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The highest revision among the leaves (the contract's {@code lastRevision}). */
  public long lastRevision() {
    return leaves.stream().mapToLong(AnchorLeaf::revision).max().orElse(0);
  }

  /** This record after the pool's answer. */
  public AnchorRecord submitted(
      final AnchorStatus newStatus, final Bytes32 hash, final Optional<String> why) {
    return new AnchorRecord(
        slot, root, leaves, newStatus, Optional.of(hash), why, blockNumber, blockHash);
  }

  /** This record once the block that held its transaction left the canonical chain. */
  public AnchorRecord orphaned() {
    return new AnchorRecord(
        slot,
        root,
        leaves,
        AnchorStatus.SUBMITTED,
        transactionHash,
        detail,
        Optional.empty(),
        Optional.empty());
  }

  /** This record once its transaction is in canonical block {@code number}. */
  public AnchorRecord mined(final boolean success, final long number, final Bytes32 hash) {
    return new AnchorRecord(
        slot,
        root,
        leaves,
        success ? AnchorStatus.MINED : AnchorStatus.REVERTED,
        transactionHash,
        detail,
        Optional.of(number),
        Optional.of(hash));
  }
}
