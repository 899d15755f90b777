/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import java.math.BigInteger;
import org.web3j.crypto.Sign;

/** Signature range checks web3j's recovery leaves to the caller (EIP-2 low-s rule). */
final class SignatureChecks {

  private static final BigInteger CURVE_ORDER = Sign.CURVE_PARAMS.getN();
  private static final BigInteger HALF_CURVE_ORDER = CURVE_ORDER.shiftRight(1);

  private SignatureChecks() {}

  /** Refuses r or s out of range, and a high s that would make the signature malleable. */
  static void requireCanonical(final Sign.SignatureData signature)
      throws InvalidTransactionException {
    final BigInteger r = new BigInteger(1, signature.getR());
    final BigInteger s = new BigInteger(1, signature.getS());
    if (r.signum() == 0 || r.compareTo(CURVE_ORDER) >= 0) {
      throw new InvalidTransactionException(TransactionReason.INVALID_SIGNATURE, "r out of range");
    }
    if (s.signum() == 0 || s.compareTo(HALF_CURVE_ORDER) > 0) {
      throw new InvalidTransactionException(
          TransactionReason.INVALID_SIGNATURE, "s out of range or above n/2 (EIP-2)");
    }
  }

  /** The refusal of a signature from which no public key recovers. */
  static InvalidTransactionException unrecoverable(final String detail) {
    return new InvalidTransactionException(
        TransactionReason.INVALID_SIGNATURE, "no sender recoverable: " + detail);
  }
}
