/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import java.util.Arrays;

/**
 * A tensor whose shape or element type does not fit where it was given: a stage's declared input,
 * or the byte length of its data. Dynamic dimensions are written −1 in {@link #expected()}.
 */
public final class ShapeMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final long[] expected;
  private final long[] actual;

  /** {@code what} had {@code actual} where {@code expected} was required. */
  public ShapeMismatchException(final String what, final long[] expected, final long[] actual) {
    super(what + ": expected " + Arrays.toString(expected) + ", got " + Arrays.toString(actual));
    this.expected = expected.clone();
    this.actual = actual.clone();
  }

  /** The required shape (−1: any size). */
  public long[] expected() {
    return expected.clone();
  }

  /** The shape given. */
  public long[] actual() {
    return actual.clone();
  }
}
