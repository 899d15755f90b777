/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * The two offload goals as paired ratios ({@link PairedRatio}), complementing the JMH runs on a
 * machine whose load swings between benchmarks: split vs full model per zoo model (goal ≤ 1.05),
 * framed vs raw loopback transfer per payload size (goal ≤ 1.10). Run from the repository root.
 */
public final class OffloadRatiosMain {
  private static final int ROUNDS = 61;
  private static final long BATCH_NANOS = 50_000_000;

  private OffloadRatiosMain() {}

  /** Prints one line per model and per payload size. */
  public static void main(final String[] args) throws IOException {
    final ModelZoo zoo = ModelZoo.open(ModelZoo.defaultDirectory());
    for (final String id : zoo.ids()) {
      final var layers = zoo.model(id).layers();
      try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
        final Tensor input = SampleInputs.uniform(layers, 1, new SplittableRandom(1));
        final int cut = layers.depth() / 2;
        final PairedRatio ratio =
            PairedRatio.measure(
                () -> model.full().run(input).byteSize(),
                () -> model.runTail(cut, model.runHead(cut, input)).byteSize(),
                ROUNDS,
                BATCH_NANOS);
        System.out.printf("split/full %-16s l=%-3d %s%n", id, cut, ratio.describe());
      }
    }
    for (final int bytes : new int[] {2048, 65_536, 262_144}) {
      final TensorTransferBenchmark transfer = new TensorTransferBenchmark();
      transfer.payloadBytes = bytes;
      transfer.connect();
      try {
        final PairedRatio ratio =
            PairedRatio.measure(
                () -> unchecked(transfer::raw),
                () -> unchecked(transfer::framed),
                ROUNDS,
                BATCH_NANOS);
        System.out.printf("framed/raw %-8d bytes %s%n", bytes, ratio.describe());
      } finally {
        transfer.close();
      }
    }
  }

  private interface IoCall {
    int call() throws IOException;
  }

  private static long unchecked(final IoCall call) {
    try {
      return call.call();
    } catch (final IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
