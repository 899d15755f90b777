/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload;

import io.twinchain.offload.profile.LayerCost;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.tensor.DType;
import io.twinchain.offload.tensor.Tensor;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warm-up phase of a node's offload runtime: before the node serves its first slot, it opens
 * the ONNX sessions of every cut the controller may tell it to use (heads on a gateway, tails on an
 * AP) and runs each a few times at the smallest and a large batch, so that neither a session opened
 * on a cut's first use nor the JIT lands in a measured slot (assumption A-CTRL-LIVE-WARMUP). Cut
 * tensors are zeros of the shapes the model's manifest records.
 */
final class SessionWarmup {
  private static final Logger LOG = LoggerFactory.getLogger(SessionWarmup.class);

  /** Runs per stage and batch size. */
  static final int ROUNDS = 20;

  /** Batch sizes run: one sample, and the most windows a twin completes in a 1 s slot. */
  static final long[] BATCHES = {1, 10};

  /** Stack of the warm-up thread. */
  private static final long STACK_BYTES = 8L << 20;

  private final ModelRuntimes runtimes;
  private final String modelId;

  SessionWarmup(final ModelRuntimes runtimes, final String modelId) {
    this.runtimes = runtimes;
    this.modelId = modelId;
  }

  /** Gateway side: every head, cuts 1..L, on the raw input. Returns the number of stage runs. */
  int heads() {
    return onItsOwnThread(() -> warm("heads", 1, 0, l -> 0, PartitionedModel::runHead));
  }

  /** AP side: every tail, cuts 0..L−1, on its cut tensor. Returns the number of stage runs. */
  int tails() {
    return onItsOwnThread(() -> warm("tails", 0, 1, l -> l, PartitionedModel::runTail));
  }

  /**
   * Runs {@code warm} on a thread of its own and waits for it: the first session creates ONNX
   * Runtime's environment, whose native set-up overflowed the little stack a node's main thread has
   * left after start-up (a JVM crash), as it never does on a fresh thread.
   */
  private static int onItsOwnThread(final IntSupplier warm) {
    final FutureTask<Integer> task = new FutureTask<>(warm::getAsInt);
    new Thread(null, task, "offload-warmup", STACK_BYTES).start();
    try {
      return task.get();
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (final ExecutionException e) {
      throw new IllegalStateException("the offload warm-up failed", e.getCause());
    }
  }

  @FunctionalInterface
  private interface Stage {
    Tensor run(PartitionedModel model, int cut, Tensor input);
  }

  /**
   * Runs {@code stage} at cuts {@code first}..L − {@code skipLast}, on zeros shaped as the manifest
   * row {@code shapeRow(cut)} records.
   */
  private int warm(
      final String what,
      final int first,
      final int skipLast,
      final IntUnaryOperator shapeRow,
      final Stage stage) {
    if (!runtimes.zoo().ids().contains(modelId)) {
      return 0;
    }
    final long start = System.nanoTime();
    final PartitionedModel model = runtimes.model(modelId);
    final List<LayerCost> rows = runtimes.zoo().model(modelId).recordedLayers();
    int runs = 0;
    for (int l = first; l <= model.layers().depth() - skipLast; l++) {
      final long[] shape = rows.get(shapeRow.applyAsInt(l)).cutShape();
      for (final long batch : BATCHES) {
        shape[0] = batch;
        final Tensor zeros = Tensor.allocate(DType.FLOAT32, shape);
        for (int round = 0; round < ROUNDS; round++) {
          stage.run(model, l, zeros);
          runs++;
        }
      }
    }
    LOG.info(
        "Warmed the {} of {} at every cut: {} runs in {} ms",
        what,
        modelId,
        runs,
        (System.nanoTime() - start) / 1_000_000);
    return runs;
  }
}
