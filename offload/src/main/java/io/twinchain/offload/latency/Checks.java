/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

/** Argument checks shared by the model records. */
public final class Checks {

  private Checks() {}

  /** Rejects zero, negative, NaN and infinite values. */
  public static double positive(final String what, final double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be finite and > 0, got " + value);
    }
    return value;
  }

  /** Rejects negative, NaN and infinite values. */
  public static double nonNegative(final String what, final double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
    }
    return value;
  }

  /** Checks an array's length against the model's count. */
  public static void length(final String what, final double[] values, final int expected) {
    if (values.length != expected) {
      throw new IllegalArgumentException(
          what + " has " + values.length + " entries, expected " + expected);
    }
  }
}
