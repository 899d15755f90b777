/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.RequestResponseChannel;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A gateway's slot tick: reports its workload and link rate to the controller node. */
public final class GatewayReporter {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayReporter.class);

  private final RequestResponseChannel channel;
  private final NodeId controller;
  private final WorkloadSource source;
  private final Duration timeout;

  public GatewayReporter(
      final RequestResponseChannel channel,
      final NodeId controller,
      final WorkloadSource source,
      final Duration timeout) {
    this.channel = channel;
    this.controller = controller;
    this.source = source;
    this.timeout = timeout;
  }

  /** Sends the report for {@code slot}; a failure is logged (the controller then sees no load). */
  public void onSlot(final long slot) {
    final WorkloadReport report =
        new WorkloadReport(slot, source.workload(slot), source.linkRateBitsPerSecond());
    channel
        .request(controller, ControllerTopics.REPORT, report.encode(), timeout)
        .exceptionally(
            e -> {
              LOG.debug("report for slot {} not delivered: {}", slot, e.toString());
              return null;
            });
  }
}
