/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.Keccak256;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.transaction.type.TransactionType;

class SignedTransactionDecoderTest {

  private static final long CHAIN_ID = 2024;
  private static final BigInteger ONE_ETHER = BigInteger.TEN.pow(18);
  private final SignedTransactionDecoder decoder = new SignedTransactionDecoder(CHAIN_ID);

  /** The worked example of EIP-155 (private key 0x4646…46, chain id 1). */
  @Test
  void decodesTheEip155KnownAnswer() throws InvalidTransactionException {
    final Bytes envelope =
        Bytes.fromHexString(
            "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400"
                + "008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9"
                + "d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
    final Transaction transaction = new SignedTransactionDecoder(1).decode(envelope);
    assertThat(transaction.sender())
        .isEqualTo(Addresses.fromHex("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"));
    assertThat(transaction.nonce()).isEqualTo(9);
    assertThat(transaction.value()).isEqualTo(ONE_ETHER);
    assertThat(transaction.maxFeePerGas()).isEqualTo(BigInteger.valueOf(20_000_000_000L));
    assertThat(transaction.to()).hasValue(Addresses.fromHex("0x" + "35".repeat(20)));
    assertThat(transaction.hash()).isEqualTo(Keccak256.hash(envelope));
  }

  @Test
  void decodesALegacyTransactionSignedByWeb3j() throws InvalidTransactionException {
    final Bytes envelope =
        TestTransactions.legacyTransfer(
            TestKeys.credentials(1), CHAIN_ID, 7, TestKeys.address(2), ONE_ETHER, BigInteger.TWO);
    final Transaction transaction = decoder.decode(envelope);
    assertThat(transaction.type()).isEqualTo(TransactionType.LEGACY);
    assertThat(transaction.sender()).isEqualTo(TestKeys.address(1));
    assertThat(transaction.chainId()).isEqualTo(CHAIN_ID);
    assertThat(transaction.nonce()).isEqualTo(7);
    assertThat(transaction.to()).hasValue(TestKeys.address(2));
    assertThat(transaction.gasLimit()).isEqualTo(21_000);
  }

  @Test
  void decodesAnEip1559TransactionSignedByWeb3j() throws InvalidTransactionException {
    final Bytes envelope =
        TestTransactions.dynamicFeeTransfer(
            TestKeys.credentials(3), CHAIN_ID, 0, TestKeys.address(4), ONE_ETHER, BigInteger.ONE);
    final Transaction transaction = decoder.decode(envelope);
    assertThat(envelope.get(0)).isEqualTo((byte) 2);
    assertThat(transaction.type()).isEqualTo(TransactionType.EIP1559);
    assertThat(transaction.sender()).isEqualTo(TestKeys.address(3));
    assertThat(transaction.maxPriorityFeePerGas()).isEqualTo(BigInteger.ONE);
    assertThat(transaction.value()).isEqualTo(ONE_ETHER);
  }

  @Test
  void refusesAWrongChainId() {
    final Bytes legacy =
        TestTransactions.legacyTransfer(
            TestKeys.credentials(1),
            CHAIN_ID + 1,
            0,
            TestKeys.address(2),
            ONE_ETHER,
            BigInteger.ONE);
    final Bytes dynamic =
        TestTransactions.dynamicFeeTransfer(
            TestKeys.credentials(1),
            CHAIN_ID + 1,
            0,
            TestKeys.address(2),
            ONE_ETHER,
            BigInteger.ONE);
    assertRefused(legacy, TransactionReason.WRONG_CHAIN_ID);
    assertRefused(dynamic, TransactionReason.WRONG_CHAIN_ID);
  }

  @Test
  void refusesTruncatedAndTrailingBytes() {
    final Bytes envelope =
        TestTransactions.dynamicFeeTransfer(
            TestKeys.credentials(1), CHAIN_ID, 0, TestKeys.address(2), ONE_ETHER, BigInteger.ONE);
    assertRefused(envelope.slice(0, envelope.size() - 1), TransactionReason.MALFORMED_ENCODING);
    assertRefused(Bytes.concatenate(envelope, Bytes.of(0)), TransactionReason.MALFORMED_ENCODING);
    assertRefused(Bytes.EMPTY, TransactionReason.MALFORMED_ENCODING);
  }

  @Test
  void refusesOtherEnvelopeTypes() {
    assertRefused(Bytes.fromHexString("0x01c0"), TransactionReason.UNSUPPORTED_TYPE);
  }

  @Test
  void refusesATamperedSignature() {
    final Bytes envelope =
        TestTransactions.legacyTransfer(
            TestKeys.credentials(1), CHAIN_ID, 0, TestKeys.address(2), ONE_ETHER, BigInteger.ONE);
    // The last 32 bytes are s; s = n - s' is the malleable twin of a valid signature.
    final BigInteger order = org.web3j.crypto.Sign.CURVE_PARAMS.getN();
    final BigInteger s = envelope.slice(envelope.size() - 32).toUnsignedBigInteger();
    final Bytes highS =
        Bytes.concatenate(
            envelope.slice(0, envelope.size() - 32),
            Bytes.wrap(org.web3j.utils.Numeric.toBytesPadded(order.subtract(s), 32)));
    assertRefused(highS, TransactionReason.INVALID_SIGNATURE);
  }

  @Test
  void recoversADifferentSenderWhenTheSignedDataChanges() throws InvalidTransactionException {
    final Bytes envelope =
        TestTransactions.legacyTransfer(
            TestKeys.credentials(1), CHAIN_ID, 0, TestKeys.address(2), ONE_ETHER, BigInteger.ONE);
    // Byte 1 after the list header is the nonce (0x80 = 0); changing it to 0x01 keeps the shape.
    final Bytes tampered = Bytes.concatenate(envelope.slice(0, 2), Bytes.of(1), envelope.slice(3));
    try {
      assertThat(decoder.decode(tampered).sender()).isNotEqualTo(TestKeys.address(1));
    } catch (final InvalidTransactionException e) {
      assertThat(e.reason().code()).isEqualTo(TransactionReason.INVALID_SIGNATURE);
    }
  }

  private void assertRefused(final Bytes envelope, final TransactionReason reason) {
    assertThatThrownBy(() -> decoder.decode(envelope))
        .isInstanceOfSatisfying(
            InvalidTransactionException.class,
            e -> assertThat(e.reason().code()).isEqualTo(reason));
  }
}
