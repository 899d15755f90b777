/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Measures a model at every partition point on this machine, one sample per run: each stage is
 * warmed up, then timed {@code iterations} times and the median kept ({@link StageTimer}).
 */
public final class ModelProfiler {
  private final StageTimer timer;

  /** A profiler discarding {@code warmup} runs and timing {@code iterations} per stage. */
  public ModelProfiler(final int warmup, final int iterations) {
    this.timer = new StageTimer(warmup, iterations);
  }

  /** Profiles every partition point of {@code model}. */
  public ModelProfile profile(final PartitionedModel model) {
    final LayerCosts costs = LayerCosts.of(model);
    final LayerTable table = costs.table("profiled");
    final Tensor input = SampleInputs.uniform(model.layers(), 1, new SplittableRandom(1));
    final List<CutTiming> cuts = new ArrayList<>();
    final List<Long> flops = new ArrayList<>();
    final List<Double> seconds = new ArrayList<>();
    for (final CutStageTimes cut : CutStageTimes.measure(model, timer, input)) {
      final double head = cut.head().wallSeconds();
      final double tail = cut.tail().wallSeconds();
      cuts.add(new CutTiming(cut.l(), head, tail));
      addPoint(flops, seconds, Math.round(table.headFlops(cut.l())), head);
      addPoint(flops, seconds, Math.round(table.tailFlops(cut.l())), tail);
    }
    final double full = timer.time(model.full()::run, input).wallSeconds();
    return new ModelProfile(
        costs,
        cuts,
        full,
        model.settings(),
        timer.warmup(),
        timer.iterations(),
        FlopsCalibration.fit(flops, seconds));
  }

  private static void addPoint(
      final List<Long> flops, final List<Double> seconds, final long work, final double time) {
    if (work > 0) {
      flops.add(work);
      seconds.add(time);
    }
  }
}
