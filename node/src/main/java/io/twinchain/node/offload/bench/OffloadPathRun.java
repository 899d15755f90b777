/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.offload.gateway.Assignment;
import io.twinchain.node.offload.gateway.OffloadClient;
import io.twinchain.node.offload.gateway.OffloadOutcome;
import io.twinchain.offload.tensor.Tensor;
import java.util.concurrent.ExecutionException;

/** Runs one model over the gateway→AP path, one cut at a time, each run in a new slot. */
final class OffloadPathRun {
  private final OffloadClient client;
  private final NodeId ap;

  OffloadPathRun(final OffloadClient client, final NodeId ap) {
    this.client = client;
    this.ap = ap;
  }

  OffloadOutcome once(final String modelId, final int cut, final Tensor input)
      throws ExecutionException, InterruptedException {
    client.pacing().startSlot();
    return client.infer(new Assignment(modelId, cut, ap), input);
  }
}
