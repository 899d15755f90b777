/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.operator;

import io.twinchain.chain.storage.Column;
import io.twinchain.chain.storage.KeyValueStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The last accepted nonce per operator, durable in {@code TWIN_OPERATOR_NONCES}. */
public final class OperatorNonces {

  private final KeyValueStore storage;

  public OperatorNonces(final KeyValueStore storage) {
    this.storage = storage;
  }

  /** Records {@code nonce} if it exceeds the last one of {@code operator}; false otherwise. */
  public synchronized boolean advance(final String operator, final long nonce) {
    final byte[] key = operator.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    final long last =
        storage
            .get(Column.TWIN_OPERATOR_NONCES, key)
            .map(v -> ByteBuffer.wrap(v).getLong())
            .orElse(-1L);
    if (nonce <= last) {
      return false;
    }
    storage.put(Column.TWIN_OPERATOR_NONCES, key, ByteBuffer.allocate(8).putLong(nonce).array());
    return true;
  }
}
