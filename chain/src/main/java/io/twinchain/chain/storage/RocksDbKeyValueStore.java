/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * {@link KeyValueStore} on RocksDB: one column family per {@link Column}, named after its stable
 * id. Transactions are {@link WriteBatch}es written with {@code sync=true}, so a committed batch
 * survives a process kill or power loss, and a batch is never half-applied.
 */
public final class RocksDbKeyValueStore implements KeyValueStore {

  static {
    RocksDB.loadLibrary();
  }

  private final RocksDB db;
  private final DBOptions options;
  private final ColumnFamilyOptions columnOptions;
  private final Map<Column, ColumnFamilyHandle> handles;
  private final List<ColumnFamilyHandle> allHandles;
  private final WriteOptions syncWrites;

  private RocksDbKeyValueStore(
      final RocksDB db,
      final DBOptions options,
      final ColumnFamilyOptions columnOptions,
      final List<ColumnFamilyHandle> allHandles) {
    this.db = db;
    this.options = options;
    this.columnOptions = columnOptions;
    this.allHandles = allHandles;
    this.handles = new EnumMap<>(Column.class);
    for (int i = 0; i < Column.values().length; i++) {
      handles.put(Column.values()[i], allHandles.get(i + 1));
    }
    this.syncWrites = new WriteOptions().setSync(true);
  }

  /** Opens (creating if needed) the database in {@code directory} with every schema column. */
  public static RocksDbKeyValueStore open(final Path directory) {
    final DBOptions options =
        new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
    final ColumnFamilyOptions columnOptions = new ColumnFamilyOptions();
    final List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, columnOptions));
    for (final Column column : Column.values()) {
      descriptors.add(new ColumnFamilyDescriptor(column.familyName(), columnOptions));
    }
    final List<ColumnFamilyHandle> handles = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      final RocksDB db = RocksDB.open(options, directory.toString(), descriptors, handles);
      return new RocksDbKeyValueStore(db, options, columnOptions, handles);
    } catch (final RocksDBException | java.io.IOException e) {
      options.close();
      columnOptions.close();
      throw new StorageException("cannot open RocksDB in " + directory + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<byte[]> get(final Column column, final byte[] key) {
    try {
      return Optional.ofNullable(db.get(handles.get(column), key));
    } catch (final RocksDBException e) {
      throw new StorageException("read of " + column + " failed", e);
    }
  }

  @Override
  public List<KeyValue> scan(final Column column, final byte[] prefix) {
    final List<KeyValue> entries = new ArrayList<>();
    try (RocksIterator iterator = db.newIterator(handles.get(column))) {
      for (iterator.seek(prefix); iterator.isValid(); iterator.next()) {
        final byte[] key = iterator.key();
        if (!startsWith(key, prefix)) {
          break;
        }
        entries.add(new KeyValue(key, iterator.value()));
      }
    }
    return entries;
  }

  private static boolean startsWith(final byte[] key, final byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  @Override
  public KeyValueTransaction startTransaction() {
    return new BatchTransaction();
  }

  @Override
  public void close() {
    syncWrites.close();
    allHandles.forEach(ColumnFamilyHandle::close);
    db.close();
    options.close();
    columnOptions.close();
  }

  private final class BatchTransaction implements KeyValueTransaction {
    private final WriteBatch batch = new WriteBatch();

    @Override
    public void put(final Column column, final byte[] key, final byte[] value) {
      try {
        batch.put(handles.get(column), key, value);
      } catch (final RocksDBException e) {
        throw new StorageException("staging a write to " + column + " failed", e);
      }
    }

    @Override
    public void delete(final Column column, final byte[] key) {
      try {
        batch.delete(handles.get(column), key);
      } catch (final RocksDBException e) {
        throw new StorageException("staging a delete from " + column + " failed", e);
      }
    }

    @Override
    public void commit() {
      try {
        db.write(syncWrites, batch);
      } catch (final RocksDBException e) {
        throw new StorageException("commit failed", e);
      }
    }

    @Override
    public void close() {
      batch.close();
    }
  }
}
