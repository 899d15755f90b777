/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

/**
 * The id of a device as it appears in its topics ({@code twinchain/{gateway}/{device}/...}).
 *
 * @param value topic-safe name
 */
public record DeviceId(String value) {

  /** Validates the name. */
  public DeviceId {
    Identifiers.requireName("deviceId", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
