/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import java.util.OptionalDouble;

/** Pearson's correlation coefficient of paired values. */
final class Correlation {

  private Correlation() {}

  /** r of {@code x} and {@code y}; empty below 3 pairs or when either does not vary. */
  static OptionalDouble pearson(final double[] x, final double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length");
    }
    final int n = x.length;
    if (n < 3 || constant(x) || constant(y)) {
      return OptionalDouble.empty();
    }
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i] / n;
      meanY += y[i] / n;
    }
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < n; i++) {
      xy += (x[i] - meanX) * (y[i] - meanY);
      xx += (x[i] - meanX) * (x[i] - meanX);
      yy += (y[i] - meanY) * (y[i] - meanY);
    }
    return OptionalDouble.of(xy / Math.sqrt(xx * yy));
  }

  /** Exactly equal values: their rounded mean would otherwise fake a tiny variance. */
  private static boolean constant(final double[] values) {
    for (final double value : values) {
      if (value != values[0]) {
        return false;
      }
    }
    return true;
  }
}
