/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The contracts' fixed point: shares and queues scaled by 1e18, rounded down. */
final class FixedPoint {
  static final BigDecimal ONE = BigDecimal.TEN.pow(18);

  private FixedPoint() {}

  /** ⌊value · 1e18⌋ for a finite value ≥ 0. */
  static BigInteger scaled(final double value) {
    return new BigDecimal(value).multiply(ONE).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
  }

  /** value / 1e18. */
  static double unscaled(final BigInteger value) {
    return new BigDecimal(value).divide(ONE).doubleValue();
  }
}
