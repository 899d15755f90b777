/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbKeyValueStoreTest extends KeyValueStoreContract {

  @TempDir Path directory;
  private RocksDbKeyValueStore store;

  @Override
  KeyValueStore store() {
    store = RocksDbKeyValueStore.open(directory);
    return store;
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void dataSurvivesReopening() {
    store().put(Column.CHAIN_METADATA, bytes("head"), bytes("h"));
    store.close();
    store = RocksDbKeyValueStore.open(directory);
    assertThat(store.get(Column.CHAIN_METADATA, bytes("head"))).hasValue(bytes("h"));
  }

  @Test
  void anIncompatibleSchemaVersionIsRefused() {
    try (KeyValueTransaction transaction = store().startTransaction()) {
      SchemaVersion.RECORD.put(transaction, SchemaVersion.KEY, SchemaVersion.CURRENT + 1);
      transaction.commit();
    }
    assertThatThrownBy(() -> SchemaVersion.initialiseOrCheck(store))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("schema version");
  }
}
