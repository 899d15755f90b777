/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.profile.LayerCosts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FLOPs of one sample's tail (layers l+1..L) per model and cut, from the model's {@link
 * LayerTable}: the work an AP did for a receipt. Each model's table is built once (it runs every
 * head on one zero sample), on the first receipt that needs it.
 */
final class TailFlops {
  private final ModelRuntimes runtimes;
  private final Map<String, LayerTable> tables = new ConcurrentHashMap<>();

  TailFlops(final ModelRuntimes runtimes) {
    this.runtimes = runtimes;
  }

  /** FLOPs of layers {@code cut}+1..L of {@code modelId} for one sample. */
  long perSample(final String modelId, final int cut) {
    return Math.round(
        tables
            .computeIfAbsent(modelId, id -> LayerCosts.of(runtimes.model(id)).table(id))
            .tailFlops(cut));
  }
}
