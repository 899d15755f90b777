/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.testsupport;

import io.twinchain.chain.storage.Column;
import io.twinchain.chain.storage.KeyValue;
import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.KeyValueTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * {@link KeyValueStore} held in memory, for unit tests of code written against the port. Keys are
 * ordered unsigned-lexicographically like RocksDB's default comparator; transactions apply under
 * one lock, so they are atomic for readers.
 */
public final class InMemoryKeyValueStore implements KeyValueStore {

  private final Map<Column, NavigableMap<byte[], byte[]>> columns = new EnumMap<>(Column.class);

  /** An empty store with every schema column. */
  public InMemoryKeyValueStore() {
    for (final Column column : Column.values()) {
      columns.put(column, new ConcurrentSkipListMap<>(Arrays::compareUnsigned));
    }
  }

  @Override
  public synchronized Optional<byte[]> get(final Column column, final byte[] key) {
    return Optional.ofNullable(columns.get(column).get(key)).map(byte[]::clone);
  }

  @Override
  public synchronized List<KeyValue> scan(final Column column, final byte[] prefix) {
    final List<KeyValue> entries = new ArrayList<>();
    for (final var entry : columns.get(column).tailMap(prefix, true).entrySet()) {
      final byte[] key = entry.getKey();
      if (key.length < prefix.length
          || !Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length)) {
        break;
      }
      entries.add(new KeyValue(key.clone(), entry.getValue().clone()));
    }
    return entries;
  }

  @Override
  public KeyValueTransaction startTransaction() {
    return new StagedTransaction();
  }

  @Override
  public void close() {}

  private synchronized void apply(final List<Runnable> writes) {
    writes.forEach(Runnable::run);
  }

  private final class StagedTransaction implements KeyValueTransaction {
    private final List<Runnable> writes = new ArrayList<>();

    @Override
    public void put(final Column column, final byte[] key, final byte[] value) {
      final byte[] storedKey = key.clone();
      final byte[] storedValue = value.clone();
      writes.add(() -> columns.get(column).put(storedKey, storedValue));
    }

    @Override
    public void delete(final Column column, final byte[] key) {
      final byte[] storedKey = key.clone();
      writes.add(() -> columns.get(column).remove(storedKey));
    }

    @Override
    public void commit() {
      apply(writes);
      writes.clear();
    }

    @Override
    public void close() {
      writes.clear();
    }
  }
}
