/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

/**
 * Converts a typed key or value to the bytes stored and back. {@code fromBytes(toBytes(v))} must
 * equal {@code v} for every value (checked by property tests), and key serializers must preserve
 * the order callers scan by.
 *
 * @param <T> the typed value
 */
public interface Serializer<T> {

  /** The stored form of {@code value}. */
  byte[] toBytes(T value);

  /** The value whose stored form is {@code bytes}; throws {@link StorageException} if malformed. */
  T fromBytes(byte[] bytes);
}
