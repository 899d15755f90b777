/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import java.util.regex.Pattern;

/**
 * Identifies one device message for de-duplication: set by the device (MQTT 5 user property or
 * payload field) or derived from the content; see docs/twin.md.
 *
 * @param value printable ASCII, 1 to 128 characters
 */
public record MessageId(String value) {

  private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7e]{1,128}");

  /** Validates the id. */
  public MessageId {
    if (value == null || !PRINTABLE.matcher(value).matches()) {
      throw new InvalidIdentifierException("messageId", String.valueOf(value), PRINTABLE.pattern());
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
