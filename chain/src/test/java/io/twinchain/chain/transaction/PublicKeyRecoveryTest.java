/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;

/** Our recovery must agree with web3j's on every input: same key, or refused the same way. */
class PublicKeyRecoveryTest {

  private static final BigInteger N = Sign.CURVE_PARAMS.getN();
  private final Random random = new Random(20_241_125L);

  @Test
  void recoversTheSigningKeyLikeWeb3jOnRandomSignatures() throws SignatureException {
    for (int i = 0; i < 300; i++) {
      final ECKeyPair keys = ECKeyPair.create(randomScalar());
      final byte[] hash = randomBytes();
      final Sign.SignatureData signature = Sign.signMessage(hash, keys, false);
      assertThat(PublicKeyRecovery.recover(hash, signature))
          .isEqualTo(Sign.signedMessageHashToKey(hash, signature))
          .isEqualTo(keys.getPublicKey());
    }
  }

  @Test
  void agreesWithWeb3jOnArbitraryRsAndEveryV() {
    for (int i = 0; i < 400; i++) {
      // Small r values make r + n a valid x, so recovery ids 2 and 3 are exercised too.
      final byte[] r = i % 4 == 0 ? pad(BigInteger.valueOf(random.nextInt(1000))) : randomBytes();
      final byte[] s = randomBytes();
      for (int v = 25; v <= 36; v++) {
        assertSameOutcome(randomBytes(), new Sign.SignatureData((byte) v, r, s));
      }
    }
  }

  @Test
  void agreesWithWeb3jOnHighSAndWrongLengths() throws SignatureException {
    final ECKeyPair keys = ECKeyPair.create(randomScalar());
    final byte[] hash = randomBytes();
    final Sign.SignatureData low = Sign.signMessage(hash, keys, false);
    final Sign.SignatureData high =
        new Sign.SignatureData(
            (byte) (55 - low.getV()[0]),
            low.getR(),
            pad(N.subtract(new BigInteger(1, low.getS()))));
    assertThat(PublicKeyRecovery.recover(hash, high)).isEqualTo(keys.getPublicKey());
    assertSameOutcome(hash, high);
    final Sign.SignatureData shortR = new Sign.SignatureData(low.getV(), new byte[31], low.getS());
    assertSameOutcome(hash, shortR);
    assertThatThrownBy(() -> PublicKeyRecovery.recover(hash, shortR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void senderOfMatchesWeb3jGetFromForLegacyAndDynamicFee() throws SignatureException {
    for (int i = 1; i <= 20; i++) {
      for (final boolean dynamicFee : new boolean[] {false, true}) {
        final String hex =
            (dynamicFee
                    ? TestTransactions.dynamicFeeTransfer(
                        TestKeys.credentials(i), 2024, i, TestKeys.address(0), N, BigInteger.ONE)
                    : TestTransactions.legacyTransfer(
                        TestKeys.credentials(i), 2024, i, TestKeys.address(0), N, BigInteger.ONE))
                .toHexString();
        final RawTransaction decoded = TransactionDecoder.decode(hex);
        final SignedRawTransaction signed = (SignedRawTransaction) decoded;
        assertThat(PublicKeyRecovery.senderOf(signed)).isEqualTo(signed.getFrom());
      }
    }
  }

  private static void assertSameOutcome(final byte[] hash, final Sign.SignatureData signature) {
    final Object expected = outcome(() -> Sign.signedMessageHashToKey(hash, signature));
    final Object actual = outcome(() -> PublicKeyRecovery.recover(hash, signature));
    assertThat(actual).isEqualTo(expected);
  }

  /** The recovered key, or which of the two kinds of refusal web3j uses was thrown. */
  private static Object outcome(final Recovery recovery) {
    try {
      return recovery.run();
    } catch (final SignatureException e) {
      return SignatureException.class;
    } catch (final RuntimeException e) {
      return RuntimeException.class;
    }
  }

  private interface Recovery {
    BigInteger run() throws SignatureException;
  }

  private BigInteger randomScalar() {
    return new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
  }

  private byte[] randomBytes() {
    final byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] pad(final BigInteger value) {
    final byte[] bytes = new byte[32];
    final byte[] raw = value.toByteArray();
    final int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, bytes, 32 - length, length);
    return bytes;
  }
}
