/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mapping;

/**
 * A linear unit conversion {@code value * factor + offset} (e.g. °F to °C: factor 5/9, offset
 * -160/9; mbar to Pa: factor 100).
 *
 * @param factor multiplier
 * @param offset addend after multiplying
 */
public record UnitConversion(double factor, double offset) {

  /** Rejects conversions that would produce infinities or lose the value. */
  public UnitConversion {
    if (!Double.isFinite(factor) || !Double.isFinite(offset) || factor == 0) {
      throw new IllegalArgumentException("factor must be finite and non-zero, offset finite");
    }
  }

  /** The converted value. */
  public double apply(final double value) {
    return value * factor + offset;
  }
}
