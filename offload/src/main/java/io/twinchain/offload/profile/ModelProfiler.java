/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Measures a model at every partition point on this machine, one sample per run: each stage is
 * warmed up, then timed {@code iterations} times and the median kept (robust to the scheduler noise
 * of a shared machine).
 */
public final class ModelProfiler {
  private final int warmup;
  private final int iterations;
  // Keeps the runs observable so the JIT cannot drop them.
  private long consumed;

  /** A profiler discarding {@code warmup} runs and timing {@code iterations} per stage. */
  public ModelProfiler(final int warmup, final int iterations) {
    if (warmup < 0 || iterations < 1) {
      throw new IllegalArgumentException("need warmup >= 0 and iterations >= 1");
    }
    this.warmup = warmup;
    this.iterations = iterations;
  }

  /** Profiles every partition point of {@code model}. */
  public ModelProfile profile(final PartitionedModel model) {
    final LayerTable table = LayerTable.of(model);
    final Tensor input = SampleInputs.uniform(model.layers(), 1, new SplittableRandom(1));
    final List<CutTiming> cuts = new ArrayList<>();
    final List<Long> flops = new ArrayList<>();
    final List<Double> seconds = new ArrayList<>();
    for (int l = 0; l <= table.depth(); l++) {
      final int cut = l;
      final Tensor sent = model.runHead(cut, input);
      final double head = median(x -> model.runHead(cut, x), input);
      final double tail = median(x -> model.runTail(cut, x), sent);
      cuts.add(new CutTiming(cut, l == 0 ? 0 : head, l == table.depth() ? 0 : tail));
      addPoint(flops, seconds, table.headFlops(cut), head);
      addPoint(flops, seconds, table.tailFlops(cut), tail);
    }
    final double full = median(model.full()::run, input);
    return new ModelProfile(
        table,
        cuts,
        full,
        model.settings(),
        warmup,
        iterations,
        FlopsCalibration.fit(flops, seconds));
  }

  private static void addPoint(
      final List<Long> flops, final List<Double> seconds, final long work, final double time) {
    if (work > 0) {
      flops.add(work);
      seconds.add(time);
    }
  }

  private double median(final UnaryOperator<Tensor> stage, final Tensor input) {
    for (int i = 0; i < warmup; i++) {
      consumed += stage.apply(input).byteSize();
    }
    final double[] times = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      final long start = System.nanoTime();
      consumed += stage.apply(input).byteSize();
      times[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(times);
    return times[iterations / 2];
  }
}
