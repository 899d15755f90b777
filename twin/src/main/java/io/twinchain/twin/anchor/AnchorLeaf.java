/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.anchor;

import static java.util.Objects.requireNonNull;

import io.twinchain.chain.types.Keccak256;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * One twin at one revision, as anchored: {@code keccak256(0x00 || keccak256(utf8(thingId)) ||
 * uint64be(revision) || stateHash)}. The leading 0x00 separates leaves from inner nodes (0x01), so
 * a proof cannot pass an inner node off as a leaf.
 *
 * @param thingId the twin
 * @param revision its revision
 * @param stateHash {@link StateHash} of the twin at that revision
 */
public record AnchorLeaf(ThingId thingId, long revision, Bytes32 stateHash) {

  /** Leaves sort by thing id, then revision: the tree's leaf order. */
  public static final Comparator<AnchorLeaf> ORDER =
      Comparator.comparing(AnchorLeaf::thingId).thenComparingLong(AnchorLeaf::revision);

  static final Bytes LEAF_PREFIX = Bytes.of(0x00);

  /** Rejects missing parts and revisions below one. */
  public AnchorLeaf {
    requireNonNull(thingId, "thingId");
    requireNonNull(stateHash, "stateHash");
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1, got " + revision);
    }
  }

  /** The leaf of {@code thing} at its current revision. */
  public static AnchorLeaf of(final Thing thing) {
    return new AnchorLeaf(thing.thingId(), thing.revision(), StateHash.of(thing));
  }

  /** The leaf hash the tree is built from. */
  public Bytes32 hash() {
    return Keccak256.hash(
        Bytes.concatenate(
            LEAF_PREFIX,
            Keccak256.hash(Bytes.wrap(thingId.toString().getBytes(StandardCharsets.UTF_8))),
            Bytes.ofUnsignedLong(revision),
            stateHash));
  }
}
