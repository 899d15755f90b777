/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

/** The node's decoder recovers a sender once per envelope and never remembers a refusal. */
class RememberingDecoderTest {

  private static final long CHAIN_ID = 2024;

  private final SignedTransactionDecoder decoder =
      SignedTransactionDecoder.remembering(CHAIN_ID, 2);

  @Test
  void anEnvelopeSeenAgainIsTheSameDecodedTransaction() throws InvalidTransactionException {
    final Bytes envelope = transfer(0);
    final Transaction first = decoder.decode(envelope);

    assertThat(decoder.decode(Bytes.wrap(envelope.toArray()))).isSameAs(first);
    assertThat(first).isEqualTo(new SignedTransactionDecoder(CHAIN_ID).decode(envelope));
  }

  @Test
  void theOldestAreForgottenBeyondTheCapacity() throws InvalidTransactionException {
    final Transaction oldest = decoder.decode(transfer(0));
    decoder.decode(transfer(1));
    decoder.decode(transfer(2));

    final Transaction again = decoder.decode(transfer(0));
    assertThat(again).isNotSameAs(oldest).isEqualTo(oldest);
    assertThat(again.sender()).isEqualTo(TestKeys.address(1));
  }

  @Test
  void aRefusedEnvelopeIsRefusedEveryTime() {
    final Bytes otherChain =
        TestTransactions.dynamicFeeTransfer(
            TestKeys.credentials(1),
            CHAIN_ID + 1,
            0,
            TestKeys.address(2),
            BigInteger.ONE,
            BigInteger.ONE);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> decoder.decode(otherChain))
          .isInstanceOfSatisfying(
              InvalidTransactionException.class,
              e -> assertThat(e.reason().code()).isEqualTo(TransactionReason.WRONG_CHAIN_ID));
    }
  }

  private static Bytes transfer(final long nonce) {
    return TestTransactions.dynamicFeeTransfer(
        TestKeys.credentials(1),
        CHAIN_ID,
        nonce,
        TestKeys.address(2),
        BigInteger.ONE,
        BigInteger.ONE);
  }
}
