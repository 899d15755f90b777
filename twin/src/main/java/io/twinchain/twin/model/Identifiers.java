/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import java.util.regex.Pattern;

/** Validation shared by the identifier value types; the rules keep every id usable in a topic. */
final class Identifiers {

  /** Characters allowed in gateway, device and thing names: safe in MQTT topics and thing ids. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.~-]{1,64}");

  private Identifiers() {}

  static String requireName(final String kind, final String value) {
    if (value == null || !NAME.matcher(value).matches()) {
      throw new InvalidIdentifierException(kind, String.valueOf(value), NAME.pattern());
    }
    return value;
  }
}
