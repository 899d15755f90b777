/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * Recovers the address that signed a 32-byte message hash with secp256k1 (Ethereum's {@code
 * ecrecover} of a transaction's signing hash). Range and low-s checks are the caller's ({@link
 * SignatureChecks}); an implementation only refuses what cannot be recovered. Two implementations
 * give the same answers: {@link BouncyCastleSenderRecovery}, the reference, and {@link
 * NativeSenderRecovery}, libsecp256k1, several times faster (A-TX-PERF-NATIVE-SECP256K1).
 */
public interface SenderRecovery {

  /**
   * The signer of {@code messageHash}.
   *
   * @param recoveryId 0 or 1: the parity of the signature point's y (the signature's {@code v} less
   *     27)
   * @throws InvalidTransactionException with {@link TransactionReason#INVALID_SIGNATURE} if no key
   *     recovers
   */
  Address recover(Bytes32 messageHash, int recoveryId, Bytes32 r, Bytes32 s)
      throws InvalidTransactionException;

  /** libsecp256k1 where its bundled native library loads on this platform, else Bouncy Castle. */
  static SenderRecovery fastest() {
    return NativeSenderRecovery.load().orElseGet(BouncyCastleSenderRecovery::new);
  }
}
