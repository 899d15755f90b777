/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calibrates the latency model's compute terms the way an offload run measures them: every head and
 * tail at the run's batch D, timed on this machine under its current load (assumption
 * A-OFFLOAD-BATCH-CALIBRATION). An experiment takes its {@link #sample}s interleaved with its own
 * runs, so a change in the machine's load affects calibration and measurement alike.
 *
 * <p>φ·f is the least-squares line through (D·counted FLOPs, median wall time) of every stage
 * ({@link FlopsCalibration}). The counted χ says how FLOPs spread over layers, but not how fast
 * each operator runs (a pooling layer or a small late conv is slower per FLOP than a wide conv), so
 * χ is calibrated per layer: with P_l the time of layers 1..l, a head at l measures P_l and a tail
 * T − P_l, T the mean over cuts of head + tail; P_l is the mean of both readings, made
 * non-decreasing, and χ_l = φ·f·(P_l − P_{l−1})/D. The AP's φ·f is scaled by tail wall / tail CPU
 * time, because its executor pads by CPU time ({@code ThrottledExecutor}).
 */
public final class BatchCalibrator {
  private final StageTimer timer = new StageTimer(0, 1);
  private final String name;
  private final PartitionedModel model;
  private final Tensor input;
  private final List<List<StageTime>> heads = new ArrayList<>();
  private final List<List<StageTime>> tails = new ArrayList<>();

  /** A calibration of {@code model} (its table named {@code name}) on {@code input}, D samples. */
  public BatchCalibrator(final String name, final PartitionedModel model, final Tensor input) {
    this.name = name;
    this.model = model;
    this.input = input;
    for (int l = 0; l <= model.layers().depth(); l++) {
      heads.add(new ArrayList<>());
      tails.add(new ArrayList<>());
    }
  }

  /** {@code warmup} discarded and {@code iterations} kept samples of every cut, in rounds. */
  public static BatchCalibration calibrate(
      final String name,
      final PartitionedModel model,
      final Tensor input,
      final int warmup,
      final int iterations) {
    final BatchCalibrator calibrator = new BatchCalibrator(name, model, input);
    for (int i = 0; i < warmup + iterations; i++) {
      for (int l = 0; l <= model.layers().depth(); l++) {
        calibrator.sample(l, i >= warmup);
      }
    }
    return calibrator.fit();
  }

  /** Times the head and the tail at {@code cut} once each; keeps them if {@code record}. */
  public void sample(final int cut, final boolean record) {
    final int depth = model.layers().depth();
    // The head is timed on the run whose output feeds the tail, as on the path: a second, timed
    // run of the same head would find its weights in cache and read faster than the path's head.
    final AtomicReference<Tensor> sent = new AtomicReference<>(input);
    final StageTime head =
        cut == 0
            ? StageTime.NONE
            : timer.once(
                x -> {
                  final Tensor out = model.runHead(cut, x);
                  sent.set(out);
                  return out;
                },
                input);
    final StageTime tail =
        cut == depth ? StageTime.NONE : timer.once(x -> model.runTail(cut, x), sent.get());
    if (record) {
      heads.get(cut).add(head);
      tails.get(cut).add(tail);
    }
  }

  /** The calibration from the samples kept so far (at least one per cut). */
  public BatchCalibration fit() {
    final int samples = (int) input.shape()[0];
    final LayerTable counted = LayerCosts.of(model).table(name);
    final List<CutStageTimes> cuts = new ArrayList<>();
    for (int l = 0; l < heads.size(); l++) {
      cuts.add(new CutStageTimes(l, median(heads.get(l)), median(tails.get(l))));
    }
    final double flopsPerSecond = fitFlopsPerSecond(counted, cuts, samples);
    final double[] prefix = prefixSeconds(cuts);
    final int depth = counted.layerCount();
    final double[] chi = new double[depth];
    final double[] psi = new double[depth + 1];
    for (int l = 0; l <= depth; l++) {
      psi[l] = counted.cutBits(l);
      if (l > 0) {
        chi[l - 1] = flopsPerSecond * (prefix[l] - prefix[l - 1]) / samples;
      }
    }
    double tailWall = 0;
    double tailCpu = 0;
    for (final CutStageTimes cut : cuts) {
      tailWall += cut.tail().wallSeconds();
      tailCpu += cut.tail().cpuSeconds();
    }
    final double cpuScale = tailCpu > 0 ? tailWall / tailCpu : 1;
    return new BatchCalibration(
        new LayerTable(name, chi, psi), samples, flopsPerSecond, flopsPerSecond * cpuScale);
  }

  private static StageTime median(final List<StageTime> times) {
    if (times.isEmpty()) {
      throw new IllegalStateException("no calibration sample kept for a cut");
    }
    return new StageTime(
        StageTimer.median(times.stream().mapToDouble(StageTime::wallSeconds).toArray()),
        StageTimer.median(times.stream().mapToDouble(StageTime::cpuSeconds).toArray()));
  }

  private static double fitFlopsPerSecond(
      final LayerTable counted, final List<CutStageTimes> cuts, final int samples) {
    final List<Long> flops = new ArrayList<>();
    final List<Double> seconds = new ArrayList<>();
    for (final CutStageTimes cut : cuts) {
      if (counted.headFlops(cut.l()) > 0) {
        flops.add(Math.round(samples * counted.headFlops(cut.l())));
        seconds.add(cut.head().wallSeconds());
      }
      if (counted.tailFlops(cut.l()) > 0) {
        flops.add(Math.round(samples * counted.tailFlops(cut.l())));
        seconds.add(cut.tail().wallSeconds());
      }
    }
    return FlopsCalibration.fit(flops, seconds).flopsPerSecond();
  }

  /** P_0..P_L: P_0 = 0, P_L = T, in between the mean of head and T − tail, non-decreasing. */
  private static double[] prefixSeconds(final List<CutStageTimes> cuts) {
    final int depth = cuts.size() - 1;
    double total = 0;
    for (final CutStageTimes cut : cuts) {
      total += (cut.head().wallSeconds() + cut.tail().wallSeconds()) / cuts.size();
    }
    final double[] prefix = new double[depth + 1];
    prefix[depth] = total;
    for (int l = 1; l < depth; l++) {
      final CutStageTimes cut = cuts.get(l);
      final double estimate = (cut.head().wallSeconds() + total - cut.tail().wallSeconds()) / 2;
      prefix[l] = Math.min(total, Math.max(prefix[l - 1], estimate));
    }
    return prefix;
  }
}
