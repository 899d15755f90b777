/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import io.twinchain.offload.runtime.BoundStage;
import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.OrtStage;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.runtime.SplitPipeline;
import io.twinchain.offload.split.ModelLayers;
import io.twinchain.offload.tensor.DType;
import io.twinchain.offload.tensor.Tensor;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * The split-overhead pairs of one zoo model at its middle cut, printed as {@link PairedRatio}s:
 * bound split vs bound full at batch 1 and at the gateway path's batch D; at batch 1 also the
 * per-call API ({@code runHead}/{@code runTail} vs {@code full().run}, which wraps and allocates
 * per call) and ONNX Runtime's per-call floor (the full model followed by an identity session on
 * the cut tensor's shape, against the full model alone).
 */
final class SplitOverheadCase {
  private final String id;
  private final ModelLayers layers;
  private final int rounds;
  private final long batchNanos;

  SplitOverheadCase(
      final String id, final ModelLayers layers, final int rounds, final long batchNanos) {
    this.id = id;
    this.layers = layers;
    this.rounds = rounds;
    this.batchNanos = batchNanos;
  }

  /** D of the gateway path: as {@code twinchain bench offload-path} runs each model by default. */
  static int gatewayBatch(final String modelId) {
    return "vibration-cnn".equals(modelId) ? 8 : 16;
  }

  /** Measures and prints every pair. */
  void report() {
    final int cut = layers.depth() / 2;
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      for (final int samples : new int[] {1, gatewayBatch(id)}) {
        final Tensor input = SampleInputs.uniform(layers, samples, new SplittableRandom(1));
        try (BoundStage full = model.bindFull(input);
            SplitPipeline split = model.pipeline(cut, input)) {
          print("bound", cut, samples, pair(() -> size(full.run()), () -> size(split.run())));
          if (samples == 1) {
            print("per-call", cut, samples, perCall(model, cut, input));
            print("floor", cut, samples, floor(full, model.runHead(cut, input).shape()));
          }
        }
      }
    }
  }

  private PairedRatio perCall(final PartitionedModel model, final int cut, final Tensor input) {
    return pair(
        () -> size(model.full().run(input)),
        () -> size(model.runTail(cut, model.runHead(cut, input))));
  }

  private PairedRatio floor(final BoundStage full, final long[] cutShape) {
    try (OrtStage identity = new OrtStage(IdentityModel.of(cutShape), OrtSettings.SINGLE_THREAD);
        BoundStage call = identity.bind(Tensor.allocate(DType.FLOAT32, cutShape))) {
      return pair(() -> size(full.run()), () -> size(full.run()) + size(call.run()));
    }
  }

  private PairedRatio pair(final LongSupplier baseline, final LongSupplier candidate) {
    return PairedRatio.measure(baseline, candidate, rounds, batchNanos);
  }

  private static long size(final Tensor tensor) {
    return tensor.byteSize();
  }

  private void print(final String what, final int cut, final int samples, final PairedRatio r) {
    System.out.printf(
        "split/full %-15s l=%-3d batch=%-3d %-8s %s%n", id, cut, samples, what, r.describe());
  }
}
