/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A candidate/baseline time ratio that survives a shared, noisy machine: rounds alternate a batch
 * of baseline operations with a batch of candidate operations (order swapped every round), so both
 * see the same background load, and the median of the per-round ratios is reported with its
 * interquartile range.
 *
 * @param median median of candidate time / baseline time over rounds
 * @param lowerQuartile 25th percentile of the per-round ratios
 * @param upperQuartile 75th percentile
 * @param baselineMicros median time of one baseline operation, µs
 * @param candidateMicros median time of one candidate operation, µs
 */
public record PairedRatio(
    double median,
    double lowerQuartile,
    double upperQuartile,
    double baselineMicros,
    double candidateMicros) {

  /**
   * Measures {@code rounds} rounds, each batch sized to take about {@code batchNanos} of work; the
   * suppliers return a value that is folded into a checksum so the work cannot be skipped.
   */
  public static PairedRatio measure(
      final LongSupplier baseline,
      final LongSupplier candidate,
      final int rounds,
      final long batchNanos) {
    final long start = System.nanoTime();
    long checksum = repeat(baseline, 10) + repeat(candidate, 10);
    final long perOperation = Math.max(1, (System.nanoTime() - start) / 20);
    final int batch = (int) Math.clamp(batchNanos / perOperation, 1, 1_000_000);
    final double[] ratios = new double[rounds];
    final double[] base = new double[rounds];
    final double[] cand = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      final boolean baselineFirst = r % 2 == 0;
      final long first = System.nanoTime();
      checksum += repeat(baselineFirst ? baseline : candidate, batch);
      final long second = System.nanoTime();
      checksum += repeat(baselineFirst ? candidate : baseline, batch);
      final long end = System.nanoTime();
      base[r] = (baselineFirst ? second - first : end - second) / 1e3 / batch;
      cand[r] = (baselineFirst ? end - second : second - first) / 1e3 / batch;
      ratios[r] = cand[r] / base[r];
    }
    if (checksum == Long.MIN_VALUE) {
      throw new IllegalStateException("unreachable checksum");
    }
    return new PairedRatio(
        quantile(ratios, 0.5),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75),
        quantile(base, 0.5),
        quantile(cand, 0.5));
  }

  private static long repeat(final LongSupplier operation, final int batch) {
    long sum = 0;
    for (int i = 0; i < batch; i++) {
      sum += operation.getAsLong();
    }
    return sum;
  }

  private static double quantile(final double[] values, final double q) {
    final double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }

  /** One line: median ratio, IQR and the two per-operation medians. */
  public String describe() {
    return String.format(
        "ratio %.3f (IQR %.3f–%.3f); baseline %.1f µs, candidate %.1f µs",
        median, lowerQuartile, upperQuartile, baselineMicros, candidateMicros);
  }
}
