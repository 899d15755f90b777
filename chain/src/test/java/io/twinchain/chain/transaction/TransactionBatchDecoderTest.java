/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

/**
 * Parallel decoding gives exactly what one-by-one decoding gives, in order, and reports the
 * lowest-index failure whatever the scheduling.
 */
class TransactionBatchDecoderTest {

  private static final long CHAIN_ID = 2024;
  private static final int SENDERS = 64;

  private final SignedTransactionDecoder single = new SignedTransactionDecoder(CHAIN_ID);

  @Test
  void parallelDecodingMatchesSequentialDecodingInOrder() throws Exception {
    final List<Bytes> envelopes = transfers();
    final List<Transaction> sequential = new ArrayList<>();
    for (final Bytes envelope : envelopes) {
      sequential.add(single.decode(envelope));
    }
    final List<Transaction> parallel = new TransactionBatchDecoder(single).decodeAll(envelopes);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel.stream().map(Transaction::sender).toList())
        .isEqualTo(sequential.stream().map(Transaction::sender).toList());
  }

  @Test
  void reportsTheLowestIndexFailureWhateverTheScheduling() {
    final List<Bytes> envelopes = new ArrayList<>(transfers());
    envelopes.set(
        40,
        TestTransactions.legacyTransfer(
            TestKeys.credentials(0),
            CHAIN_ID + 1,
            0,
            TestKeys.address(1),
            BigInteger.ONE,
            BigInteger.ONE));
    envelopes.set(7, envelopes.get(7).slice(0, 20));
    final InvalidTransactionException refused =
        catchThrowableOfType(
            InvalidTransactionException.class,
            () -> new TransactionBatchDecoder(single).decodeAll(envelopes));
    assertThat(refused.reason().code()).isEqualTo(TransactionReason.MALFORMED_ENCODING);
    assertThat(refused.reason().message()).startsWith("transaction 7: ");
  }

  private static List<Bytes> transfers() {
    final List<Bytes> envelopes = new ArrayList<>();
    for (int key = 0; key < SENDERS; key++) {
      envelopes.add(
          TestTransactions.dynamicFeeTransfer(
              TestKeys.credentials(key),
              CHAIN_ID,
              0,
              TestKeys.address(key + 1),
              BigInteger.ONE,
              BigInteger.ONE));
    }
    return envelopes;
  }
}
