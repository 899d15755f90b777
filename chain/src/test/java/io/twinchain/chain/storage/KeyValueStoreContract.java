/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link KeyValueStore} shares; run against RocksDB and the in-memory fixture. */
abstract class KeyValueStoreContract {

  abstract KeyValueStore store();

  static byte[] bytes(final String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void committedWritesAreVisibleAndUncommittedOnesAreNot() {
    final KeyValueStore store = store();
    try (KeyValueTransaction transaction = store.startTransaction()) {
      transaction.put(Column.BLOCK_HEADERS, bytes("a"), bytes("1"));
      assertThat(store.get(Column.BLOCK_HEADERS, bytes("a"))).isEmpty();
    }
    assertThat(store.get(Column.BLOCK_HEADERS, bytes("a"))).isEmpty();
    store.put(Column.BLOCK_HEADERS, bytes("a"), bytes("1"));
    assertThat(store.get(Column.BLOCK_HEADERS, bytes("a"))).hasValue(bytes("1"));
  }

  @Test
  void columnsAreSeparate() {
    final KeyValueStore store = store();
    store.put(Column.BLOCK_HEADERS, bytes("k"), bytes("header"));
    assertThat(store.get(Column.BLOCK_BODIES, bytes("k"))).isEmpty();
    assertThat(store.containsKey(Column.BLOCK_HEADERS, bytes("k"))).isTrue();
  }

  @Test
  void deleteRemovesAnEntry() {
    final KeyValueStore store = store();
    store.put(Column.TWIN_EVENTS, bytes("k"), bytes("v"));
    store.delete(Column.TWIN_EVENTS, bytes("k"));
    assertThat(store.get(Column.TWIN_EVENTS, bytes("k"))).isEmpty();
  }

  @Test
  void scanReturnsThePrefixInKeyOrder() {
    final KeyValueStore store = store();
    try (KeyValueTransaction transaction = store.startTransaction()) {
      transaction.put(Column.TWIN_INDEX, bytes("b/2"), bytes("2"));
      transaction.put(Column.TWIN_INDEX, bytes("a/1"), bytes("x"));
      transaction.put(Column.TWIN_INDEX, bytes("b/1"), bytes("1"));
      transaction.put(Column.TWIN_INDEX, bytes("c/1"), bytes("y"));
      transaction.commit();
    }
    assertThat(store.scan(Column.TWIN_INDEX, bytes("b/")))
        .containsExactly(
            new KeyValue(bytes("b/1"), bytes("1")), new KeyValue(bytes("b/2"), bytes("2")));
    assertThat(store.scan(Column.TWIN_INDEX, new byte[0])).hasSize(4);
  }

  @Test
  void schemaVersionIsWrittenOnceAndChecked() {
    final KeyValueStore store = store();
    SchemaVersion.initialiseOrCheck(store);
    SchemaVersion.initialiseOrCheck(store);
    assertThat(SchemaVersion.RECORD.get(store, SchemaVersion.KEY)).hasValue(SchemaVersion.CURRENT);
  }
}
