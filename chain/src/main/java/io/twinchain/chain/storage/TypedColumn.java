/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import java.util.Optional;

/**
 * A {@link Column} with typed keys and values: the one place a column's serializers are chosen.
 *
 * @param column the column family
 * @param keys serializer of the keys
 * @param values serializer of the values
 * @param <K> key type
 * @param <V> value type
 */
public record TypedColumn<K, V>(Column column, Serializer<K> keys, Serializer<V> values) {

  /** The value stored under {@code key}. */
  public Optional<V> get(final KeyValueStore store, final K key) {
    return store.get(column, keys.toBytes(key)).map(values::fromBytes);
  }

  /** Stages {@code value} under {@code key} in {@code transaction}. */
  public void put(final KeyValueTransaction transaction, final K key, final V value) {
    transaction.put(column, keys.toBytes(key), values.toBytes(value));
  }

  /** Stages the removal of {@code key} in {@code transaction}. */
  public void delete(final KeyValueTransaction transaction, final K key) {
    transaction.delete(column, keys.toBytes(key));
  }
}
