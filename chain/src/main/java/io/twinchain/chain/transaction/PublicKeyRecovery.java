/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256K1Curve;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.crypto.SignatureDataOperations;
import org.web3j.utils.Numeric;

/**
 * secp256k1 public-key recovery (SEC 1 v2, 4.1.6) composed from Bouncy Castle's curve operations,
 * exactly as web3j's {@link Sign#signedMessageHashToKey} does, minus one redundant step: web3j
 * checks {@code n·R = ∞} with a full scalar multiplication, which can never fail on secp256k1
 * because its cofactor is 1 (every point on the curve has the prime order n), so libsecp256k1 and
 * go-ethereum skip it. That multiplication was about a third of the cost of verifying a transfer.
 * Inputs web3j refuses (v outside 27..30, r or s not 32 bytes, x not on the curve) are refused the
 * same way (a SignatureException or a runtime exception, as there); {@code PublicKeyRecoveryTest}
 * compares both on random and invalid signatures.
 */
final class PublicKeyRecovery {

  private static final X9ECParameters CURVE = Sign.CURVE_PARAMS;
  private static final BigInteger N = CURVE.getN();
  // One G instance, so Bouncy Castle's precomputed multiples of it are computed once and reused.
  private static final ECPoint G = CURVE.getG();
  private static final int FIELD_BYTES = 32;

  private PublicKeyRecovery() {}

  /**
   * The sender of a signed transaction as web3j's {@code getFrom()} computes it (same signing
   * payload and v normalisation), with the recovery below.
   */
  static String senderOf(final SignatureDataOperations signed) throws SignatureException {
    final Sign.SignatureData signature = signed.getSignatureData();
    final byte[] payload = signed.getEncodedTransaction(signed.getChainId());
    final Sign.SignatureData normalised =
        new Sign.SignatureData(
            signed.getRealV(Numeric.toBigInt(signature.getV())),
            signature.getR(),
            signature.getS());
    return "0x" + Keys.getAddress(recover(Hash.sha3(payload), normalised));
  }

  /**
   * The 64-byte public key (x ‖ y, as an unsigned integer like web3j returns) that signed {@code
   * messageHash}.
   *
   * @throws SignatureException when v is out of range or no key is recoverable
   * @throws IllegalArgumentException when r or s is not 32 bytes, v is 31..34, or r is not an x on
   *     the curve
   */
  static BigInteger recover(final byte[] messageHash, final Sign.SignatureData signature)
      throws SignatureException {
    if (signature.getR().length != FIELD_BYTES || signature.getS().length != FIELD_BYTES) {
      throw new IllegalArgumentException("r and s must be 32 bytes");
    }
    final int header = signature.getV()[0] & 0xFF;
    if (header < 27 || header > 34) {
      throw new SignatureException("Header byte out of range: " + header);
    }
    final int recoveryId = header - 27;
    if (recoveryId > 3) {
      throw new IllegalArgumentException("recId must be in the range of [0, 3]");
    }
    final BigInteger r = new BigInteger(1, signature.getR());
    final BigInteger s = new BigInteger(1, signature.getS());
    final BigInteger x = r.add(BigInteger.valueOf(recoveryId / 2).multiply(N));
    if (x.compareTo(SecP256K1Curve.q) >= 0) {
      throw new SignatureException("Could not recover public key from signature");
    }
    final ECPoint point = decompress(x, (recoveryId & 1) == 1);
    final BigInteger e = new BigInteger(1, messageHash);
    final BigInteger rInverse = r.modInverse(N);
    final BigInteger gFactor = N.subtract(e.mod(N)).multiply(rInverse).mod(N);
    final BigInteger pointFactor = rInverse.multiply(s).mod(N);
    final ECPoint key = ECAlgorithms.sumOfTwoMultiplies(G, gFactor, point, pointFactor).normalize();
    if (key.isInfinity()) {
      throw new SignatureException("Could not recover public key from signature");
    }
    final byte[] encoded = key.getEncoded(false);
    return new BigInteger(1, Arrays.copyOfRange(encoded, 1, encoded.length));
  }

  /** The curve point with this x and y parity; decodePoint refuses an x off the curve. */
  private static ECPoint decompress(final BigInteger x, final boolean oddY) {
    final byte[] compressed = new byte[FIELD_BYTES + 1];
    compressed[0] = (byte) (oddY ? 0x03 : 0x02);
    final byte[] xBytes = x.toByteArray();
    final int length = Math.min(xBytes.length, FIELD_BYTES);
    System.arraycopy(xBytes, xBytes.length - length, compressed, 1 + FIELD_BYTES - length, length);
    return CURVE.getCurve().decodePoint(compressed);
  }
}
