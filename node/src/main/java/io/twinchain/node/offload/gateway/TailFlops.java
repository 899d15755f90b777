/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.controller.ZooLayerTable;
import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.zoo.ModelZoo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FLOPs of one sample's tail (layers l+1..L) per model and cut: the work an AP did for a receipt.
 * They come from the χ rows the zoo manifest records ({@link ZooLayerTable}), the same table the
 * controller plans with, so a receipt's FLOPs and the controller's W_k have one source.
 */
final class TailFlops {
  private final ModelZoo zoo;
  private final Map<String, LayerTable> tables = new ConcurrentHashMap<>();

  TailFlops(final ModelZoo zoo) {
    this.zoo = zoo;
  }

  /** FLOPs of layers {@code cut}+1..L of {@code modelId} for one sample. */
  long perSample(final String modelId, final int cut) {
    return Math.round(
        tables.computeIfAbsent(modelId, id -> ZooLayerTable.of(zoo.model(id))).tailFlops(cut));
  }
}
