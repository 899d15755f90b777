/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import java.util.Arrays;

/**
 * Median and interquartile range of per-round ratios.
 *
 * @param median median ratio
 * @param lowerQuartile 25th percentile
 * @param upperQuartile 75th percentile
 */
public record RatioQuartiles(double median, double lowerQuartile, double upperQuartile) {

  /** Quartiles of {@code numerators[i] / denominators[i]}. */
  static RatioQuartiles of(final double[] numerators, final double[] denominators) {
    final double[] ratios = new double[numerators.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = numerators[i] / denominators[i];
    }
    return new RatioQuartiles(
        quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75));
  }

  static double median(final double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(final double[] values, final double q) {
    final double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }

  /** "1.034 (IQR 1.010–1.061)". */
  String describe() {
    return String.format("%.3f (IQR %.3f–%.3f)", median, lowerQuartile, upperQuartile);
  }
}
