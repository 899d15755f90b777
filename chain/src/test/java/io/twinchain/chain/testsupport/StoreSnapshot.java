/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.testsupport;

import io.twinchain.chain.storage.Column;
import io.twinchain.chain.storage.KeyValue;
import io.twinchain.chain.storage.KeyValueStore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every entry of every column, to assert that an operation changed nothing. */
public final class StoreSnapshot {

  private StoreSnapshot() {}

  /** The full content of {@code store}. */
  public static Map<Column, List<KeyValue>> of(final KeyValueStore store) {
    final Map<Column, List<KeyValue>> content = new EnumMap<>(Column.class);
    for (final Column column : Column.values()) {
      content.put(column, store.scan(column, new byte[0]));
    }
    return content;
  }
}
