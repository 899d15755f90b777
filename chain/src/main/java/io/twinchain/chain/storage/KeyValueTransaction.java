/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

/**
 * A batch of writes applied all-or-nothing by {@link #commit()}, synced to disk before commit
 * returns. Closing without committing discards the writes. Not thread-safe.
 */
public interface KeyValueTransaction extends AutoCloseable {

  /** Stages {@code value} under {@code key}. */
  void put(Column column, byte[] key, byte[] value);

  /** Stages the removal of {@code key}. */
  void delete(Column column, byte[] key);

  /** Applies every staged write atomically and durably (fsync of the write-ahead log). */
  void commit();

  /** Discards the staged writes if {@link #commit()} was not called. */
  @Override
  void close();
}
