/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.operator;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * Checks that a {@code twin_setDesired} request is signed (EIP-191 {@code personal_sign}, as
 * web3j's {@code Sign.signPrefixedMessage} or ethers' {@code signMessage} produce) by an operator,
 * is not expired, and carries a fresh nonce.
 *
 * <p>Assumption A-TWIN-OPERATOR-AUTH: expiries more than {@link #MAX_VALIDITY} ahead are refused so
 * a leaked signature is short-lived; nonces are per signer per gateway and strictly increasing.
 */
public final class OperatorAuthorizer {

  /** Longest accepted validity of a signature. */
  public static final Duration MAX_VALIDITY = Duration.ofHours(1);

  private final Set<String> operators;
  private final OperatorNonces nonces;
  private final Clock clock;

  public OperatorAuthorizer(
      final Iterable<String> operators, final OperatorNonces nonces, final Clock clock) {
    final Set<String> lower = new java.util.HashSet<>();
    operators.forEach(o -> lower.add(o.toLowerCase(Locale.ROOT)));
    this.operators = Set.copyOf(lower);
    this.nonces = nonces;
    this.clock = clock;
  }

  /** Whether {@code signatureHex} over {@code message} authorises the request. */
  public AuthorizationResult authorize(final SetDesiredMessage message, final String signatureHex) {
    final String signer;
    try {
      signer = recover(message.text(), signatureHex);
    } catch (SignatureException | IllegalArgumentException e) {
      return new AuthorizationResult.Refused(
          AuthorizationResult.Reason.MALFORMED_SIGNATURE, e.getMessage());
    }
    if (!operators.contains(signer)) {
      return new AuthorizationResult.Refused(
          AuthorizationResult.Reason.NOT_AN_OPERATOR,
          signer
              + " is not an operator; operators: "
              + operators.stream().sorted().collect(Collectors.joining(", ")));
    }
    final long now = clock.instant().getEpochSecond();
    if (message.expires() < now || message.expires() > now + MAX_VALIDITY.toSeconds()) {
      return new AuthorizationResult.Refused(
          AuthorizationResult.Reason.EXPIRED,
          "expires "
              + message.expires()
              + " is outside ["
              + now
              + ", "
              + (now + MAX_VALIDITY.toSeconds())
              + "]");
    }
    if (!nonces.advance(signer, message.nonce())) {
      return new AuthorizationResult.Refused(
          AuthorizationResult.Reason.NONCE_REUSED,
          "nonce " + message.nonce() + " is not above the last nonce of " + signer);
    }
    return new AuthorizationResult.Authorized(signer);
  }

  private static String recover(final String text, final String signatureHex)
      throws SignatureException {
    final byte[] signature = Numeric.hexStringToByteArray(signatureHex);
    if (signature.length != 65) {
      throw new IllegalArgumentException("signature must be 65 bytes, got " + signature.length);
    }
    final byte v = signature[64] < 27 ? (byte) (signature[64] + 27) : signature[64];
    final BigInteger key =
        Sign.signedPrefixedMessageToKey(
            text.getBytes(StandardCharsets.UTF_8),
            new Sign.SignatureData(
                v, Arrays.copyOfRange(signature, 0, 32), Arrays.copyOfRange(signature, 32, 64)));
    return Numeric.prependHexPrefix(Keys.getAddress(key)).toLowerCase(Locale.ROOT);
  }
}
