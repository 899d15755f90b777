/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.difficulty;

import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.Keccak256;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * The reputation of every AP in one block's state (spec §3.2: the stake used to lower difficulty).
 * Its root, carried in the next block's header, is the Keccak-256 of the entries in ascending
 * address order, each the 20 address bytes followed by the reputation's wad as a 32-byte big-endian
 * integer (assumption A-CONS-SNAPSHOT-ROOT), so any verifier can rebuild it from the parent's
 * state.
 */
public final class ReputationSnapshot {

  private final SortedMap<Bytes, FixedPointReputation> byAddress;
  private final Bytes32 root;

  private ReputationSnapshot(final SortedMap<Bytes, FixedPointReputation> byAddress) {
    this.byAddress = Collections.unmodifiableSortedMap(byAddress);
    this.root = computeRoot(byAddress);
  }

  /** A snapshot of the given reputations. */
  public static ReputationSnapshot of(final Map<Address, FixedPointReputation> reputations) {
    final SortedMap<Bytes, FixedPointReputation> sorted = new TreeMap<>();
    reputations.forEach(
        (address, reputation) -> sorted.put(Addresses.toBytes(address), reputation));
    return new ReputationSnapshot(sorted);
  }

  /** The AP's reputation; an AP without an entry has not earned any and counts as 0. */
  public FixedPointReputation reputationOf(final Address ap) {
    return Optional.ofNullable(byAddress.get(Addresses.toBytes(ap)))
        .orElse(FixedPointReputation.ZERO);
  }

  /** The root committed to by a header's {@code reputationSnapshotRoot}. */
  public Bytes32 root() {
    return root;
  }

  /** Number of APs with an entry. */
  public int size() {
    return byAddress.size();
  }

  private static Bytes32 computeRoot(final SortedMap<Bytes, FixedPointReputation> sorted) {
    final Bytes[] parts = new Bytes[sorted.size() * 2];
    int i = 0;
    for (final Map.Entry<Bytes, FixedPointReputation> entry : sorted.entrySet()) {
      parts[i++] = entry.getKey();
      parts[i++] = UInt256.valueOf(entry.getValue().wad()).toBytes();
    }
    return Keccak256.hash(Bytes.concatenate(parts));
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof ReputationSnapshot that && root.equals(that.root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  @Override
  public String toString() {
    return "ReputationSnapshot{" + byAddress.size() + " APs, root " + root.toHexString() + "}";
  }
}
