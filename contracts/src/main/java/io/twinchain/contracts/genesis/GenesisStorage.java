/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.genesis;

import io.twinchain.contracts.artifact.StorageLayout;
import io.twinchain.contracts.artifact.StorageLayout.Variable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.crypto.Hash;

/**
 * Builds a contract's initial storage by variable name, following Solidity's storage rules: value
 * types packed at their byte offset, mapping entries at keccak256(key . slot), dynamic array items
 * at keccak256(slot) + index, and {@code Bytes32Set.Set} as its array followed by its 1-based
 * position mapping.
 */
public final class GenesisStorage {

  private final StorageLayout layout;
  private final SortedMap<UInt256, UInt256> slots = new TreeMap<>();

  public GenesisStorage(final StorageLayout layout) {
    this.layout = layout;
  }

  /** Sets a value-type variable (address, uint, bool) at its slot and byte offset. */
  public GenesisStorage value(final String label, final UInt256 value) {
    final Variable variable = layout.variable(label);
    return or(UInt256.valueOf(variable.slot()), value.shiftLeft(variable.offset() * 8));
  }

  /** Sets {@code mapping[key] = value} for a mapping of value types. */
  public GenesisStorage mappingEntry(final String label, final Bytes32 key, final UInt256 value) {
    final UInt256 base = UInt256.valueOf(layout.variable(label).slot());
    return or(mappingSlot(key, base), value);
  }

  /** Fills a {@code Bytes32Set.Set} with {@code items} in order. */
  public GenesisStorage bytes32Set(final String label, final List<Bytes32> items) {
    final UInt256 base = UInt256.valueOf(layout.variable(label).slot());
    or(base, UInt256.valueOf(items.size()));
    final UInt256 first = UInt256.fromBytes(keccak(base));
    for (int i = 0; i < items.size(); i++) {
      or(first.add(i), UInt256.fromBytes(items.get(i)));
      or(mappingSlot(items.get(i), base.add(1)), UInt256.valueOf(i + 1L));
    }
    return this;
  }

  /** The storage built so far: slot → non-zero value. */
  public Map<UInt256, UInt256> slots() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(slots));
  }

  /** Slot of {@code mapping[key]} for a mapping whose own slot is {@code base}. */
  public static UInt256 mappingSlot(final Bytes32 key, final UInt256 base) {
    return UInt256.fromBytes(keccak(Bytes.concatenate(key, base)));
  }

  /** Left-pads a 20-byte address into a mapping key or set item. */
  public static Bytes32 key(final Bytes address) {
    return Bytes32.leftPad(address);
  }

  private GenesisStorage or(final UInt256 slot, final UInt256 value) {
    if (!value.isZero()) {
      slots.merge(slot, value, UInt256::or);
    }
    return this;
  }

  private static Bytes32 keccak(final Bytes input) {
    return Bytes32.wrap(Hash.sha3(input.toArrayUnsafe()));
  }
}
