/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import io.twinchain.chain.validation.InvalidReason;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.tuweni.bytes.Bytes;

/**
 * Decodes a block's envelopes and recovers their senders in parallel (sender recovery is the
 * dominant cost of importing transfers), reporting the lowest-index failure, so the outcome does
 * not depend on thread scheduling.
 */
public final class TransactionBatchDecoder {

  private final SignedTransactionDecoder decoder;

  /** A batch decoder using {@code decoder} for each envelope. */
  public TransactionBatchDecoder(final SignedTransactionDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * Decodes every envelope, in order.
   *
   * @throws InvalidTransactionException for the first invalid envelope, naming its index
   */
  public List<Transaction> decodeAll(final List<Bytes> envelopes)
      throws InvalidTransactionException {
    final Transaction[] transactions = new Transaction[envelopes.size()];
    final InvalidTransactionException[] failures =
        new InvalidTransactionException[envelopes.size()];
    IntStream.range(0, envelopes.size())
        .parallel()
        .forEach(
            i -> {
              try {
                transactions[i] = decoder.decode(envelopes.get(i));
              } catch (final InvalidTransactionException e) {
                failures[i] = e;
              }
            });
    for (int i = 0; i < failures.length; i++) {
      if (failures[i] != null) {
        final InvalidReason reason = failures[i].reason();
        throw new InvalidTransactionException(
            new InvalidReason(
                reason.code(),
                "transaction " + i + ": " + reason.message(),
                reason.expected(),
                reason.actual()));
      }
    }
    return Arrays.asList(transactions);
  }
}
