/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import io.twinchain.offload.split.ModelLayers;
import io.twinchain.offload.split.ModelPartition;
import io.twinchain.offload.split.PartitionCache;
import io.twinchain.offload.tensor.Tensor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A model ready to run split at any partition point: the gateway calls {@link #runHead}, the AP
 * {@link #runTail}, with the same l. Partitions and their ONNX Runtime sessions are created at
 * first use and kept. At l = 0 the head passes the (checked) input through; at l = L the tail
 * passes the result through.
 */
public final class PartitionedModel implements AutoCloseable {
  private final PartitionCache partitions;
  private final OrtSettings settings;
  private final DeclaredInput modelInput;
  private final Map<Integer, Optional<OrtStage>> heads = new ConcurrentHashMap<>();
  private final Map<Integer, Optional<OrtStage>> tails = new ConcurrentHashMap<>();
  private final OrtStage full;

  /** Sessions over {@code layers}' model with {@code settings}. */
  public PartitionedModel(final ModelLayers layers, final OrtSettings settings) {
    this.partitions = new PartitionCache(layers);
    this.settings = settings;
    this.modelInput = DeclaredInput.of(layers.model().input());
    this.full = new OrtStage(layers.model().proto(), settings);
  }

  /** The model's cut points. */
  public ModelLayers layers() {
    return partitions.layers();
  }

  /** The session settings every stage uses. */
  public OrtSettings settings() {
    return settings;
  }

  /** Gateway side: layers 1..l on {@code input}; returns the cut tensor. */
  public Tensor runHead(final int l, final Tensor input) {
    final Optional<OrtStage> head = head(l);
    if (head.isEmpty()) {
      modelInput.check(input);
      return input;
    }
    return head.get().run(input);
  }

  /** AP side: layers l+1..L on the cut tensor; returns the model's output. */
  public Tensor runTail(final int l, final Tensor cut) {
    final Optional<OrtStage> tail = tail(l);
    return tail.isEmpty() ? cut : tail.get().run(cut);
  }

  /**
   * Head and tail at l bound to {@code input} for repeated runs in one process, the cut tensor
   * shared between them; close the pipeline before this model.
   */
  public SplitPipeline pipeline(final int l, final Tensor input) {
    return SplitPipeline.bind(head(l), tail(l), input);
  }

  /** The unsplit model bound to {@code input}, the baseline of {@link #pipeline}. */
  public BoundStage bindFull(final Tensor input) {
    return full.bind(input);
  }

  /** The unsplit model, for reference outputs and overhead measurements. */
  public InferenceStage full() {
    return full;
  }

  private Optional<OrtStage> head(final int l) {
    return heads.computeIfAbsent(l, key -> open(partition(key).head()));
  }

  private Optional<OrtStage> tail(final int l) {
    return tails.computeIfAbsent(l, key -> open(partition(key).tail()));
  }

  private ModelPartition partition(final int l) {
    return partitions.partition(l);
  }

  private Optional<OrtStage> open(final Optional<ai.onnx.proto.OnnxMl.ModelProto> part) {
    return part.map(model -> new OrtStage(model, settings));
  }

  @Override
  public void close() {
    heads.values().forEach(stage -> stage.ifPresent(OrtStage::close));
    tails.values().forEach(stage -> stage.ifPresent(OrtStage::close));
    full.close();
  }
}
