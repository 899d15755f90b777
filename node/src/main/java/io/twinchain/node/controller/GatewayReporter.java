/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.RequestResponseChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A gateway's slot tick: reports its workload and link rate to the controller node. */
public final class GatewayReporter {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayReporter.class);

  /** Where reports go: the controller over P2P, or the controller role on this very node. */
  @FunctionalInterface
  public interface Delivery {
    CompletableFuture<?> deliver(WorkloadReport report);
  }

  private final Delivery delivery;
  private final WorkloadSource source;

  public GatewayReporter(final Delivery delivery, final WorkloadSource source) {
    this.delivery = delivery;
    this.source = source;
  }

  /** Delivery to a controller on another node. */
  public static Delivery overP2P(
      final RequestResponseChannel channel, final NodeId controller, final Duration timeout) {
    return report -> channel.request(controller, ControllerTopics.REPORT, report.encode(), timeout);
  }

  /** Sends the report for {@code slot}; a failure is logged (the controller then sees no load). */
  public void onSlot(final long slot) {
    final WorkloadReport report =
        new WorkloadReport(slot, source.workload(slot), source.linkRateBitsPerSecond());
    delivery
        .deliver(report)
        .exceptionally(
            e -> {
              LOG.debug("report for slot {} not delivered: {}", slot, e.toString());
              return null;
            });
  }
}
