/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import java.math.BigInteger;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * libsecp256k1 recovers exactly what the Bouncy Castle reference recovers: the signer of any key
 * and message, the same (wrong) key for a tampered signature, and a refusal where the reference
 * refuses; whole envelopes decode alike, high-s ones refused by both.
 */
class SenderRecoveryProperties {

  private static final long CHAIN_ID = 2024;
  private static final BigInteger N = Sign.CURVE_PARAMS.getN();
  private static final SenderRecovery REFERENCE = new BouncyCastleSenderRecovery();
  private static final SenderRecovery NATIVE = NativeSenderRecovery.load().orElseThrow();

  @Property(tries = 200)
  void bothRecoverTheSigner(
      @ForAll final byte[] keySeed, @ForAll final byte[] message, @ForAll final boolean tamper)
      throws InvalidTransactionException {
    final ECKeyPair key = ECKeyPair.create(keyOf(keySeed));
    final Sign.SignatureData signature = Sign.signMessage(message, key, true);
    final Bytes32 hash = Bytes32.wrap(Hash.sha3(message));
    final int recoveryId = signature.getV()[0] - 27;
    final Bytes32 r = Bytes32.wrap(signature.getR());
    final Bytes32 s =
        tamper ? Bytes32.wrap(signature.getS()).not() : Bytes32.wrap(signature.getS());
    final Address expected = REFERENCE.recover(hash, recoveryId, r, s);
    assertThat(NATIVE.recover(hash, recoveryId, r, s)).isEqualTo(expected);
    if (!tamper) {
      assertThat(expected.getValue()).isEqualTo("0x" + Keys.getAddress(key.getPublicKey()));
    }
  }

  @Property(tries = 300)
  void bothRefuseOrRecoverTheSameFromRandomSignatures(
      @ForAll final byte[] hash,
      @ForAll final byte[] r,
      @ForAll final byte[] s,
      @ForAll @IntRange(min = 0, max = 1) final int recoveryId) {
    final Bytes32 rWord = Bytes32.leftPad(Bytes.wrap(r).slice(0, Math.min(32, r.length)));
    final Bytes32 sWord = Bytes32.leftPad(Bytes.wrap(s).slice(0, Math.min(32, s.length)));
    Assume.that(inRange(rWord) && inRange(sWord));
    final Bytes32 digest = Bytes32.leftPad(Bytes.wrap(hash).slice(0, Math.min(32, hash.length)));
    assertThat(outcome(NATIVE, digest, recoveryId, rWord, sWord))
        .isEqualTo(outcome(REFERENCE, digest, recoveryId, rWord, sWord));
  }

  @Property(tries = 50)
  void envelopesDecodeAlikeAndHighSIsRefusedByBoth(
      @ForAll final byte[] keySeed, @ForAll final boolean highS, @ForAll final boolean dynamicFee) {
    final Credentials signer = Credentials.create(ECKeyPair.create(keyOf(keySeed)));
    final Bytes signed =
        dynamicFee
            ? TestTransactions.dynamicFeeTransfer(
                signer, CHAIN_ID, 3, TestKeys.address(2), BigInteger.TEN, BigInteger.ONE)
            : TestTransactions.legacyTransfer(
                signer, CHAIN_ID, 3, TestKeys.address(2), BigInteger.TEN, BigInteger.ONE);
    // The envelope ends with s as a 32-byte string (0xa0 prefix) unless s has a leading zero byte.
    Assume.that(signed.get(signed.size() - 33) == (byte) 0xa0);
    final BigInteger s = signed.slice(signed.size() - 32).toUnsignedBigInteger();
    final Bytes envelope =
        highS
            ? Bytes.concatenate(
                signed.slice(0, signed.size() - 32),
                Bytes.wrap(Numeric.toBytesPadded(N.subtract(s), 32)))
            : signed;
    final String reference = decoded(new SignedTransactionDecoder(CHAIN_ID, REFERENCE), envelope);
    assertThat(decoded(new SignedTransactionDecoder(CHAIN_ID, NATIVE), envelope))
        .isEqualTo(reference)
        .isEqualTo(highS ? "INVALID_SIGNATURE" : signer.getAddress());
  }

  private static BigInteger keyOf(final byte[] seed) {
    return new BigInteger(1, Hash.sha3(seed)).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
  }

  private static boolean inRange(final Bytes32 word) {
    final BigInteger value = word.toUnsignedBigInteger();
    return value.signum() > 0 && value.compareTo(N) < 0;
  }

  private static String outcome(
      final SenderRecovery recovery,
      final Bytes32 hash,
      final int recoveryId,
      final Bytes32 r,
      final Bytes32 s) {
    try {
      return recovery.recover(hash, recoveryId, r, s).getValue();
    } catch (final InvalidTransactionException e) {
      return e.reason().code().toString();
    }
  }

  private static String decoded(final SignedTransactionDecoder decoder, final Bytes envelope) {
    try {
      return decoder.decode(envelope).sender().getValue();
    } catch (final InvalidTransactionException e) {
      return e.reason().code().toString();
    }
  }
}
