/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.offload.gateway.Assignment;
import io.twinchain.node.offload.gateway.LatencyParts;
import io.twinchain.node.offload.gateway.OffloadClient;
import io.twinchain.node.offload.gateway.OffloadOutcome;
import io.twinchain.offload.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Runs one cut of one model over the gateway→AP path repeatedly: a few warm-up runs (sessions are
 * created on first use), then the measured runs, returning the medians.
 */
final class OffloadPathRun {
  private final OffloadClient client;
  private final NodeId ap;
  private final int warmup;
  private final int repetitions;

  OffloadPathRun(
      final OffloadClient client, final NodeId ap, final int warmup, final int repetitions) {
    this.client = client;
    this.ap = ap;
    this.warmup = warmup;
    this.repetitions = repetitions;
  }

  PathMeasurement measure(final String modelId, final int cut, final Tensor input)
      throws ExecutionException, InterruptedException {
    final Assignment assignment = new Assignment(modelId, cut, ap);
    for (int i = 0; i < warmup; i++) {
      client.infer(assignment, input);
    }
    final List<LatencyParts> runs = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < repetitions; i++) {
      client.pacing().startSlot();
      final OffloadOutcome outcome = client.infer(assignment, input);
      runs.add(outcome.latency());
      bytes = outcome.cutBytes();
    }
    return PathMeasurement.of(cut, bytes, runs);
  }
}
