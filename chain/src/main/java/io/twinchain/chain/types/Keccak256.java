/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.types;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.crypto.Hash;

/** Ethereum's Keccak-256 (the pre-standard SHA-3), returning tuweni's 32-byte type. */
public final class Keccak256 {

  /** Keccak-256 of the empty string. */
  public static final Bytes32 EMPTY = hash(Bytes.EMPTY);

  private Keccak256() {}

  /** The Keccak-256 digest of {@code input}. */
  public static Bytes32 hash(final Bytes input) {
    return Bytes32.wrap(Hash.sha3(input.toArrayUnsafe()));
  }
}
