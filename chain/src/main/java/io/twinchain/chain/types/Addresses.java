/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.types;

import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * Conversions between web3j's {@link Address} (the 20-byte account type used throughout the ledger)
 * and raw bytes.
 */
public final class Addresses {

  /** Length of an address in bytes. */
  public static final int LENGTH = 20;

  /** The zero address. */
  public static final Address ZERO = Address.DEFAULT;

  private Addresses() {}

  /** The 20 bytes of {@code address}. */
  public static Bytes toBytes(final Address address) {
    // web3j renders an address as exactly 40 zero-padded hex digits.
    return Bytes.fromHexString(address.getValue());
  }

  /**
   * The address made of exactly 20 bytes.
   *
   * @throws IllegalArgumentException if {@code bytes} is not 20 bytes long
   */
  public static Address fromBytes(final Bytes bytes) {
    if (bytes.size() != LENGTH) {
      throw new IllegalArgumentException("an address has 20 bytes, got " + bytes.size());
    }
    return new Address(bytes.toUnprefixedHexString());
  }

  /** The address of a hex string with or without {@code 0x} (40 hex digits). */
  public static Address fromHex(final String hex) {
    return fromBytes(Bytes.fromHexString(hex));
  }
}
