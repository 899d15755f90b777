/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import io.twinchain.offload.tensor.Tensor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Times a stage on the calling thread: {@code warmup} discarded runs, then the medians of {@code
 * iterations} timed runs (robust to the scheduler noise of a shared machine), wall and CPU time.
 */
final class StageTimer {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final int warmup;
  private final int iterations;
  // Keeps the runs observable so the JIT cannot drop them.
  private long consumed;

  StageTimer(final int warmup, final int iterations) {
    if (warmup < 0 || iterations < 1) {
      throw new IllegalArgumentException("need warmup >= 0 and iterations >= 1");
    }
    this.warmup = warmup;
    this.iterations = iterations;
  }

  int warmup() {
    return warmup;
  }

  int iterations() {
    return iterations;
  }

  /** One timed run of {@code stage} on the calling thread (no warm-up). */
  StageTime once(final UnaryOperator<Tensor> stage, final Tensor input) {
    final long cpuStart = threads.getCurrentThreadCpuTime();
    final long start = System.nanoTime();
    consumed += stage.apply(input).byteSize();
    final long wall = System.nanoTime() - start;
    return new StageTime(wall / 1e9, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
  }

  StageTime time(final UnaryOperator<Tensor> stage, final Tensor input) {
    for (int i = 0; i < warmup; i++) {
      consumed += stage.apply(input).byteSize();
    }
    final double[] wall = new double[iterations];
    final double[] cpu = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      final StageTime run = once(stage, input);
      wall[i] = run.wallSeconds();
      cpu[i] = run.cpuSeconds();
    }
    return new StageTime(median(wall), median(cpu));
  }

  static double median(final double[] values) {
    Arrays.sort(values);
    return values[values.length / 2];
  }
}
