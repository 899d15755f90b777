/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import io.twinchain.offload.runtime.BoundStage;
import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.runtime.SplitPipeline;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Split overhead: head then tail at the middle cut, in one process, against the unsplit model in
 * ONNX Runtime, one thread. Both sides are bound ({@link BoundStage}, {@link SplitPipeline}): the
 * same input buffer, pre-allocated outputs, the cut tensor shared between head and tail, so the
 * difference is the second session call. Batch 1 and the gateway path's batch D (8 for the
 * classifier, 16 for the deep models, as {@code twinchain bench offload-path}). Run from the
 * repository root (the zoo is {@code offload/models}).
 */
public class SplitOverheadBenchmark extends OffloadBenchmarkSettings {
  @Param({"vibration-cnn", "vgg16-cifar", "resnet18-cifar"})
  public String model;

  @Param({"1", "gateway"})
  public String batch;

  private PartitionedModel runtime;
  private BoundStage full;
  private SplitPipeline split;

  /** Opens the model, splits it at its middle cut point and binds both paths to one input. */
  @Setup
  public void open() throws IOException {
    final var layers = ModelZoo.open(ModelZoo.defaultDirectory()).model(model).layers();
    runtime = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD);
    final int samples = "1".equals(batch) ? 1 : SplitOverheadCase.gatewayBatch(model);
    final Tensor input = SampleInputs.uniform(layers, samples, new SplittableRandom(1));
    full = runtime.bindFull(input);
    split = runtime.pipeline(layers.depth() / 2, input);
  }

  /** Releases the bindings and sessions. */
  @TearDown
  public void close() {
    split.close();
    full.close();
    runtime.close();
  }

  /** The whole model in one session. */
  @Benchmark
  public Tensor full() {
    return full.run();
  }

  /** Head then tail, the cut tensor handed over in memory. */
  @Benchmark
  public Tensor split() {
    return split.run();
  }
}
