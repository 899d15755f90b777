/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import java.util.List;

/**
 * The spec's φ·f (FLOPs per second) of this machine, fitted from measured stage latencies: a
 * least-squares line t = overhead + FLOPs / (φ·f) through every (head or tail FLOPs, median time)
 * pair with non-zero FLOPs. The overhead is the per-call cost of a session run. When noise makes
 * the fitted slope or overhead non-positive, the fit falls back to total FLOPs over total time with
 * no overhead, so φ·f is always positive. Assumption {@code A-OFFLOAD-PHI-F-CALIBRATION}.
 *
 * @param flopsPerSecond φ·f at full speed (inference share 1), one core
 * @param overheadSeconds fixed cost per stage call
 * @param points number of measurements fitted
 */
public record FlopsCalibration(double flopsPerSecond, double overheadSeconds, int points) {

  /** Fits the line through (flops[i], seconds[i]). */
  public static FlopsCalibration fit(final List<Long> flops, final List<Double> seconds) {
    final int n = flops.size();
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += flops.get(i) / (double) n;
      meanY += seconds.get(i) / n;
    }
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      final double dx = flops.get(i) - meanX;
      covariance += dx * (seconds.get(i) - meanY);
      variance += dx * dx;
    }
    final double slope = covariance / variance;
    final double overhead = meanY - slope * meanX;
    if (!(slope > 0) || overhead < 0) {
      // Too noisy (or too few points) for a line: fall back to the ratio through the origin.
      return new FlopsCalibration(meanX / meanY, 0, n);
    }
    return new FlopsCalibration(1 / slope, overhead, n);
  }
}
