/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import java.util.List;
import java.util.Optional;

/**
 * A key-value store partitioned into the {@link Column}s of the schema. Reads see committed data
 * only; writes go through a {@link KeyValueTransaction}, which is applied atomically and durably.
 * Implementations must be safe for concurrent use.
 */
public interface KeyValueStore extends AutoCloseable {

  /** The value stored under {@code key} in {@code column}. */
  Optional<byte[]> get(Column column, byte[] key);

  /** Whether {@code column} holds {@code key}. */
  default boolean containsKey(final Column column, final byte[] key) {
    return get(column, key).isPresent();
  }

  /**
   * Every entry of {@code column} whose key starts with {@code prefix}, in unsigned lexicographic
   * key order. An empty prefix returns the whole column, so keep columns scanned this way small or
   * use a selective prefix.
   */
  List<KeyValue> scan(Column column, byte[] prefix);

  /**
   * Starts a transaction; nothing it writes is visible until {@link KeyValueTransaction#commit}.
   */
  KeyValueTransaction startTransaction();

  /** Writes one entry in its own committed transaction. */
  default void put(final Column column, final byte[] key, final byte[] value) {
    try (KeyValueTransaction transaction = startTransaction()) {
      transaction.put(column, key, value);
      transaction.commit();
    }
  }

  /** Deletes one entry in its own committed transaction. */
  default void delete(final Column column, final byte[] key) {
    try (KeyValueTransaction transaction = startTransaction()) {
      transaction.delete(column, key);
      transaction.commit();
    }
  }

  @Override
  void close();
}
