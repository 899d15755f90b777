/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * A candidate/baseline time ratio that survives a shared, noisy machine: rounds alternate a batch
 * of baseline operations with a batch of candidate operations (order swapped every round), so both
 * see the same background load, and the median of the per-round ratios is reported with its
 * interquartile range, in wall time and in the calling thread's CPU time (which leaves out the time
 * other processes held the core; meaningful when the work runs on the calling thread, as ONNX
 * Runtime with one intra-op thread does).
 *
 * <p>Both operations first alternate for a few seconds of warm-up, so that neither is measured
 * while the JIT still interprets or profiles it: with a 10-operation warm-up, the 2 KiB framed
 * transfer measured 1.4–2× the raw one for its first ~10 s (framing code interpreted, compiled by
 * C2 only seconds later on a loaded machine) and 1.0× afterwards. The JIT's compilation time during
 * the measured rounds is reported so that a late compilation shows.
 *
 * @param wall per-round ratios of wall time
 * @param cpu per-round ratios of the calling thread's CPU time
 * @param baselineMicros median wall time of one baseline operation, µs
 * @param candidateMicros median wall time of one candidate operation, µs
 * @param jitMillis JIT compilation time spent during the measured rounds, ms
 */
public record PairedRatio(
    RatioQuartiles wall,
    RatioQuartiles cpu,
    double baselineMicros,
    double candidateMicros,
    long jitMillis) {

  private static final long WARM_UP_NANOS = 4_000_000_000L;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
    long checksum = 0;
    long operations = 0;
    while (System.nanoTime() - start < WARM_UP_NANOS) {
      checksum += repeat(baseline, 10) + repeat(candidate, 10);
      operations += 20;
    }
    final long perOperation = Math.max(1, (System.nanoTime() - start) / operations);
    final int batch = (int) Math.clamp(batchNanos / perOperation, 1, 1_000_000);
    final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    final long jitBefore = jit.getTotalCompilationTime();
    final double[][] times = new double[4][rounds];
    for (int r = 0; r < rounds; r++) {
      final boolean baselineFirst = r % 2 == 0;
      final int first = baselineFirst ? 0 : 1;
      checksum += timed(baselineFirst ? baseline : candidate, batch, times, first, r);
      checksum += timed(baselineFirst ? candidate : baseline, batch, times, 1 - first, r);
    }
    if (checksum == Long.MIN_VALUE) {
      throw new IllegalStateException("unreachable checksum");
    }
    return new PairedRatio(
        RatioQuartiles.of(times[1], times[0]),
        RatioQuartiles.of(times[3], times[2]),
        RatioQuartiles.median(times[0]) / 1e3,
        RatioQuartiles.median(times[1]) / 1e3,
        jit.getTotalCompilationTime() - jitBefore);
  }

  /** Runs one batch; stores its wall ns per operation at [side] and CPU ns at [side + 2]. */
  private static long timed(
      final LongSupplier operation,
      final int batch,
      final double[][] times,
      final int side,
      final int round) {
    final long cpuStart = THREADS.getCurrentThreadCpuTime();
    final long wallStart = System.nanoTime();
    long sum = repeat(operation, batch);
    times[side][round] = (double) (System.nanoTime() - wallStart) / batch;
    times[side + 2][round] = (double) (THREADS.getCurrentThreadCpuTime() - cpuStart) / batch;
    return sum;
  }

  private static long repeat(final LongSupplier operation, final int batch) {
    long sum = 0;
    for (int i = 0; i < batch; i++) {
      sum += operation.getAsLong();
    }
    return sum;
  }

  /** Wall-time ratio, both per-operation medians and the JIT time. */
  public String describeWall() {
    return String.format(
        "wall %s; baseline %.1f µs, candidate %.1f µs; jit %d ms",
        wall.describe(), baselineMicros, candidateMicros, jitMillis);
  }

  /** As {@link #describeWall()}, with the CPU-time ratio first. */
  public String describe() {
    return "cpu " + cpu.describe() + "; " + describeWall();
  }
}
