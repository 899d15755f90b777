/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import java.util.function.DoubleUnaryOperator;

/**
 * Golden-section minimisation of a convex function on [lo, ∞) (spec §5.3 step 6): the upper end is
 * doubled until the function rises, then the bracket shrinks by the golden ratio.
 */
final class GoldenSection {

  private static final double INVERSE_PHI = (Math.sqrt(5) - 1) / 2;
  private static final int MAX_DOUBLINGS = 80;

  private GoldenSection() {}

  /**
   * Minimises a convex function on [lo, ∞).
   *
   * @param relativeTolerance stop when the bracket is this fraction of its starting width
   * @return the best argument found
   */
  static double minimize(
      final DoubleUnaryOperator function, final double lo, final double relativeTolerance) {
    double step = Math.max(lo, 1e-6) * 0.5;
    double near = function.applyAsDouble(lo + step);
    for (int i = 0; i < MAX_DOUBLINGS; i++) {
      final double far = function.applyAsDouble(lo + 2 * step);
      if (far >= near) {
        break;
      }
      step *= 2;
      near = far;
    }
    double a = lo;
    double b = lo + 2 * step;
    final double tolerance = (b - a) * relativeTolerance;
    double c = b - INVERSE_PHI * (b - a);
    double d = a + INVERSE_PHI * (b - a);
    double fc = function.applyAsDouble(c);
    double fd = function.applyAsDouble(d);
    while (b - a > tolerance) {
      if (fc <= fd) {
        b = d;
        d = c;
        fd = fc;
        c = b - INVERSE_PHI * (b - a);
        fc = function.applyAsDouble(c);
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + INVERSE_PHI * (b - a);
        fd = function.applyAsDouble(d);
      }
    }
    return fc <= fd ? c : d;
  }
}
