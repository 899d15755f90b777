/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import java.util.regex.Pattern;

/**
 * The id of a thing, {@code namespace:name} as in Eclipse Ditto. The namespace is a dotted Java
 * package-like name ({@code plant1.line2}); the name follows the topic-safe name rule.
 *
 * @param namespace dotted namespace
 * @param name the thing's name within the namespace
 */
public record ThingId(String namespace, String name) implements Comparable<ThingId> {

  private static final Pattern NAMESPACE =
      Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}(\\.[A-Za-z][A-Za-z0-9_-]{0,31}){0,7}");

  /** Validates both parts. */
  public ThingId {
    if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
      throw new InvalidIdentifierException(
          "thingId.namespace", String.valueOf(namespace), NAMESPACE.pattern());
    }
    Identifiers.requireName("thingId.name", name);
  }

  /** Parses {@code namespace:name}. */
  public static ThingId of(final String thingId) {
    final int colon = thingId.indexOf(':');
    if (colon < 0) {
      throw new InvalidIdentifierException("thingId", thingId, "namespace:name");
    }
    return new ThingId(thingId.substring(0, colon), thingId.substring(colon + 1));
  }

  @Override
  public int compareTo(final ThingId other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return namespace + ":" + name;
  }
}
