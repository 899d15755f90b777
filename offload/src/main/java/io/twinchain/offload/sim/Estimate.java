/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import java.util.List;

/**
 * A mean over seeds with its 95% confidence half-width (Student t, A-CTRL-CI95).
 *
 * @param mean sample mean
 * @param halfWidth t_{0.975, n−1}·s/√n; 0 for a single seed
 * @param count n
 */
public record Estimate(double mean, double halfWidth, int count) {

  /** t_{0.975, df} for df = 1..30; beyond that the normal 1.96 is within 2%. */
  private static final double[] T_QUANTILES = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };

  /** The estimate of a list of per-seed values. */
  public static Estimate of(final List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    final int n = values.size();
    final double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
    if (n == 1) {
      return new Estimate(mean, 0, 1);
    }
    double squares = 0;
    for (final double value : values) {
      squares += (value - mean) * (value - mean);
    }
    final double quantile = n - 1 <= T_QUANTILES.length ? T_QUANTILES[n - 2] : 1.96;
    return new Estimate(mean, quantile * Math.sqrt(squares / (n - 1) / n), n);
  }
}
