/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a model on demand and keeps each partition, so a controller that revisits a partition
 * point (every slot, per twin) pays for the split once. Thread-safe.
 */
public final class PartitionCache {
  private final ModelLayers layers;
  private final ModelSplitter splitter;
  private final Map<Integer, ModelPartition> partitions = new ConcurrentHashMap<>();

  /** A cache over the cut points of one model. */
  public PartitionCache(final ModelLayers layers) {
    this.layers = layers;
    this.splitter = new ModelSplitter(layers);
  }

  /** The cut points. */
  public ModelLayers layers() {
    return layers;
  }

  /** The partition at {@code l}, split at first use; throws {@link CutPointOutOfRangeException}. */
  public ModelPartition partition(final int l) {
    layers.layer(l);
    return partitions.computeIfAbsent(l, splitter::split);
  }
}
