/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import java.util.Arrays;

/**
 * One entry returned by a scan.
 *
 * @param key the stored key
 * @param value the stored value
 */
public record KeyValue(byte[] key, byte[] value) {

  @Override
  public boolean equals(final Object other) {
    return other instanceof KeyValue that
        && Arrays.equals(key, that.key)
        && Arrays.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "KeyValue[" + key.length + " bytes → " + value.length + " bytes]";
  }
}
