/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

/**
 * The schema-version record in {@link Column#CHAIN_METADATA}, written when a database is created
 * and checked on every open, so a node never reads data laid out by an incompatible version.
 */
public final class SchemaVersion {

  /** The layout this code reads and writes. Bump it (and add a migration) on any layout change. */
  public static final long CURRENT = 1;

  /** Metadata key of the record. */
  public static final TypedColumn<String, Long> RECORD =
      new TypedColumn<>(Column.CHAIN_METADATA, Serializers.UTF8, Serializers.UINT64);

  static final String KEY = "schema-version";

  private SchemaVersion() {}

  /**
   * Writes the current version into a new database, or checks the version of an existing one.
   *
   * @throws StorageException if the database was written by another schema version
   */
  public static void initialiseOrCheck(final KeyValueStore store) {
    final var stored = RECORD.get(store, KEY);
    if (stored.isEmpty()) {
      try (KeyValueTransaction transaction = store.startTransaction()) {
        RECORD.put(transaction, KEY, CURRENT);
        transaction.commit();
      }
    } else if (stored.get() != CURRENT) {
      throw new StorageException(
          "database schema version "
              + stored.get()
              + " is not supported (expected "
              + CURRENT
              + ")");
    }
  }
}
