/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
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
 * ONNX Runtime, one sample, one thread. Run from the repository root (the zoo is {@code
 * offload/models}).
 */
public class SplitOverheadBenchmark extends OffloadBenchmarkSettings {
  @Param({"vibration-cnn", "vgg16-cifar", "resnet18-cifar"})
  public String model;

  private PartitionedModel runtime;
  private Tensor input;
  private int cut;

  /** Opens the model and splits it at its middle cut point. */
  @Setup
  public void open() throws IOException {
    final var layers = ModelZoo.open(ModelZoo.defaultDirectory()).model(model).layers();
    runtime = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD);
    input = SampleInputs.uniform(layers, 1, new SplittableRandom(1));
    cut = layers.depth() / 2;
    runtime.runTail(cut, runtime.runHead(cut, input));
  }

  /** Releases the sessions. */
  @TearDown
  public void close() {
    runtime.close();
  }

  /** The whole model in one session. */
  @Benchmark
  public Tensor full() {
    return runtime.full().run(input);
  }

  /** Head then tail, the cut tensor handed over in memory. */
  @Benchmark
  public Tensor split() {
    return runtime.runTail(cut, runtime.runHead(cut, input));
  }
}
