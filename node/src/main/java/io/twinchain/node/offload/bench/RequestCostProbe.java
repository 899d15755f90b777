/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.node.offload.gateway.Assignment;
import io.twinchain.node.offload.gateway.LinkPacing;
import io.twinchain.node.offload.gateway.OffloadClient;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.offload.link.ThroughputEstimator;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ZooModel;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;

/**
 * Measures τ^req, the fixed cost of one offload request on the node path (assumption
 * A-OFFLOAD-REQUEST-COST): the transfer part (round trip minus the AP's tail time) of a minimal
 * request, one sample at l = L (only the output crosses and the tail has no work), on the unpaced
 * P2P path; the experiment takes the median over many probes. It is what a request costs besides
 * D·ψ/r: the request and answer crossing both nodes' stacks (TLS, Netty, framing), the AP's decode
 * and its executor hand-off.
 */
final class RequestCostProbe {
  private final OffloadClient client;
  private final NodeId ap;

  RequestCostProbe(
      final ModelRuntimes runtimes, final RequestResponseChannel gateway, final NodeId ap) {
    this.client =
        new OffloadClient(
            runtimes, gateway, LinkPacing.real(), new ThroughputEstimator(), Duration.ofMinutes(1));
    this.ap = ap;
  }

  /** One minimal request of {@code model}: its transfer part, in nanoseconds. */
  long once(final ZooModel model) throws ExecutionException, InterruptedException {
    final Tensor one = SampleInputs.uniform(model.layers(), 1, new SplittableRandom(7));
    final Assignment assignment = new Assignment(model.id(), model.layers().depth(), ap);
    return client.infer(assignment, one).latency().transferNanos();
  }
}
