/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

/** An identifier (thing, gateway, device, feature or message id) that breaks its syntax rule. */
public final class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String value;

  /**
   * @param kind which identifier, e.g. {@code thingId}
   * @param value the rejected input
   * @param rule the pattern it had to match
   */
  public InvalidIdentifierException(final String kind, final String value, final String rule) {
    super(kind + " '" + abbreviate(value) + "' does not match " + rule);
    this.kind = kind;
    this.value = value;
  }

  /** Which identifier was invalid, e.g. {@code thingId}; used as the offending field. */
  public String kind() {
    return kind;
  }

  /** The rejected input. */
  public String value() {
    return value;
  }

  private static String abbreviate(final String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
