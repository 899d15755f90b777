/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.security.SignatureException;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Sender recovery in Java with web3j's Bouncy Castle secp256k1 (~160 µs per signature): the
 * reference the native implementation is checked against, and the fallback where it does not load.
 */
public final class BouncyCastleSenderRecovery implements SenderRecovery {

  @Override
  public Address recover(
      final Bytes32 messageHash, final int recoveryId, final Bytes32 r, final Bytes32 s)
      throws InvalidTransactionException {
    final BigInteger key;
    try {
      key =
          Sign.signedMessageHashToKey(
              messageHash.toArrayUnsafe(),
              new Sign.SignatureData(
                  (byte) (27 + recoveryId), r.toArrayUnsafe(), s.toArrayUnsafe()));
    } catch (final SignatureException | RuntimeException e) {
      throw SignatureChecks.unrecoverable(e.getMessage());
    }
    return Addresses.fromHex(Keys.getAddress(key));
  }
}
