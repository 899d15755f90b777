/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import io.twinchain.chain.types.MalformedRlpException;
import io.twinchain.chain.types.Rlp;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLPReader;
import org.web3j.crypto.transaction.type.TransactionType;

/**
 * Strict structural check of an envelope before web3j parses it: web3j's decoder is lenient about
 * truncation, trailing bytes and field counts, which would let two byte strings decode to one
 * transaction.
 */
final class EnvelopeShape {

  private static final int LEGACY_FIELDS = 9;
  private static final int EIP1559_FIELDS = 12;
  private static final int EIP1559_TYPE = 2;
  private static final int LEGACY_LIST_PREFIX = 0xc0;

  private EnvelopeShape() {}

  /** The envelope's type, if its RLP is canonical and has the type's field count. */
  static TransactionType check(final Bytes envelope) throws InvalidTransactionException {
    if (envelope.isEmpty()) {
      throw new InvalidTransactionException(TransactionReason.MALFORMED_ENCODING, "empty envelope");
    }
    final int first = envelope.get(0) & 0xff;
    if (first >= LEGACY_LIST_PREFIX) {
      requireFields(envelope, LEGACY_FIELDS);
      return TransactionType.LEGACY;
    }
    if (first == EIP1559_TYPE) {
      requireFields(envelope.slice(1), EIP1559_FIELDS);
      return TransactionType.EIP1559;
    }
    throw new InvalidTransactionException(
        TransactionReason.UNSUPPORTED_TYPE, "unsupported envelope type " + first);
  }

  private static void requireFields(final Bytes list, final int expected)
      throws InvalidTransactionException {
    final int fields;
    try {
      fields = Rlp.decodeList(list, "transaction", EnvelopeShape::countFields);
    } catch (final MalformedRlpException e) {
      throw new InvalidTransactionException(
          TransactionReason.MALFORMED_ENCODING, "malformed RLP: " + e.getMessage());
    }
    if (fields != expected) {
      throw new InvalidTransactionException(
          TransactionReason.MALFORMED_ENCODING,
          "expected " + expected + " fields, found " + fields);
    }
  }

  private static int countFields(final RLPReader reader) {
    int count = 0;
    while (!reader.isComplete()) {
      reader.skipNext();
      count++;
    }
    return count;
  }
}
