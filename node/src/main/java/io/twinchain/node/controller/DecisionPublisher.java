/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.RequestResponseChannel;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each signed decision to every connected peer on {@link ControllerTopics#DECISION} (the
 * devnet is a full mesh, so that is every node) and to the controller node's own follower
 * (A-CTRL-LIVE-TRANSPORT).
 */
public final class DecisionPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionPublisher.class);

  private final RequestResponseChannel channel;
  private final Supplier<Collection<NodeId>> peers;
  private final DecisionFollower local;
  private final Duration timeout;

  /**
   * @param channel the node's request/response channel
   * @param peers the connected peers now
   * @param local this node's own follower
   * @param timeout how long a peer may take to acknowledge
   */
  public DecisionPublisher(
      final RequestResponseChannel channel,
      final Supplier<Collection<NodeId>> peers,
      final DecisionFollower local,
      final Duration timeout) {
    this.channel = channel;
    this.peers = peers;
    this.local = local;
    this.timeout = timeout;
  }

  /** Applies locally, then sends to every peer; a peer that refuses is logged, not retried. */
  public void publish(final SignedDecision signed) {
    try {
      local.accept(signed);
    } catch (ControllerMessageException e) {
      LOG.warn("own decision for slot {} refused: {}", signed.decision().slot(), e.getMessage());
    }
    final var payload = signed.encode();
    for (final NodeId peer : peers.get()) {
      channel
          .request(peer, ControllerTopics.DECISION, payload, timeout)
          .exceptionally(
              e -> {
                LOG.debug("peer {} did not take decision: {}", peer.shortId(), e.toString());
                return null;
              });
    }
  }
}
