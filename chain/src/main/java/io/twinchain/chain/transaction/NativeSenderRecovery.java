/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import fr.acinq.secp256k1.Secp256k1;
import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.Keccak256;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * Sender recovery with libsecp256k1 (Bitcoin Core's C library) through ACINQ's JNI binding, whose
 * jar carries the native library for Linux, macOS and Windows (A-TX-PERF-NATIVE-SECP256K1).
 */
public final class NativeSenderRecovery implements SenderRecovery {

  private static final int PUBLIC_KEY_LENGTH = 65;

  private final Secp256k1 secp256k1;

  private NativeSenderRecovery(final Secp256k1 secp256k1) {
    this.secp256k1 = secp256k1;
  }

  /** The native recovery, or empty if its library does not load on this platform. */
  public static Optional<SenderRecovery> load() {
    try {
      return Optional.of(new NativeSenderRecovery(Secp256k1.get()));
    } catch (final RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  @Override
  public Address recover(
      final Bytes32 messageHash, final int recoveryId, final Bytes32 r, final Bytes32 s)
      throws InvalidTransactionException {
    final byte[] publicKey;
    try {
      publicKey =
          secp256k1.ecdsaRecover(
              Bytes.concatenate(r, s).toArrayUnsafe(), messageHash.toArrayUnsafe(), recoveryId);
    } catch (final RuntimeException e) {
      throw SignatureChecks.unrecoverable(e.getMessage());
    }
    if (publicKey.length != PUBLIC_KEY_LENGTH) {
      throw SignatureChecks.unrecoverable("public key of " + publicKey.length + " bytes");
    }
    // The address is the last 20 bytes of the Keccak-256 of the key without its 0x04 prefix.
    return Addresses.fromBytes(
        Keccak256.hash(Bytes.wrap(publicKey, 1, PUBLIC_KEY_LENGTH - 1)).slice(12));
  }
}
