/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload;

import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.zoo.ModelZoo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The zoo's models ready to run split, opened at first use and kept: gateways run heads, APs tails,
 * each stage on one ONNX Runtime thread (the f of the spec is one core, as in the profiles).
 */
public final class ModelRuntimes implements AutoCloseable {
  private final ModelZoo zoo;
  private final Map<String, PartitionedModel> models = new ConcurrentHashMap<>();

  /** Runtimes over {@code zoo}'s models. */
  public ModelRuntimes(final ModelZoo zoo) {
    this.zoo = zoo;
  }

  /** The zoo. */
  public ModelZoo zoo() {
    return zoo;
  }

  /**
   * The model {@code id}, ready to split.
   *
   * @throws io.twinchain.offload.zoo.UnknownModelException if the zoo has no such model
   */
  public PartitionedModel model(final String id) {
    zoo.model(id);
    return models.computeIfAbsent(
        id, key -> new PartitionedModel(zoo.model(key).layers(), OrtSettings.SINGLE_THREAD));
  }

  @Override
  public void close() {
    models.values().forEach(PartitionedModel::close);
  }
}
