/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.RequestResponseChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every node's side of the controller: accepts a decision only if the configured controller signed
 * it and it is newer than the last one (and not from beyond the next slot), then hands it to the
 * node's appliers. Between decisions the appliers keep the last one in force.
 */
public final class DecisionFollower {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionFollower.class);

  private final NodeId controller;
  private final SlotClock clock;
  private final ControllerStatus status;
  private final List<DecisionApplier> appliers;
  private long lastApplied = -1;

  /**
   * @param controller the only node whose decisions count
   * @param clock the shared slot clock
   * @param status where accepted decisions and staleness are kept
   * @param appliers this node's appliers (cuts on a gateway, f^I and f^B on an AP)
   */
  public DecisionFollower(
      final NodeId controller,
      final SlotClock clock,
      final ControllerStatus status,
      final List<DecisionApplier> appliers) {
    this.controller = controller;
    this.clock = clock;
    this.status = status;
    this.appliers = List.copyOf(appliers);
  }

  /** Verifies and applies {@code signed}; refuses it, changing nothing, with a typed reason. */
  public synchronized void accept(final SignedDecision signed) throws ControllerMessageException {
    final long slot = signed.decision().slot();
    if (!signed.signedBy(controller)) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.NOT_SIGNED_BY_CONTROLLER, "decision for slot " + slot);
    }
    if (slot <= lastApplied) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.OUTDATED_SLOT,
          "slot " + slot + ", already applied " + lastApplied);
    }
    if (slot > clock.currentSlot() + 1) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.FUTURE_SLOT,
          "slot " + slot + " while the clock is at " + clock.currentSlot());
    }
    lastApplied = slot;
    // Kept before the appliers run: what they start (e.g. work to receipt) looks the decision up.
    status.accepted(signed);
    for (final DecisionApplier applier : appliers) {
      try {
        applier.apply(signed.decision());
      } catch (RuntimeException e) {
        LOG.warn("applying the decision for slot {} failed", slot, e);
      }
    }
  }

  /** Takes decisions from peers on {@link ControllerTopics#DECISION}. */
  public void register(final RequestResponseChannel channel) {
    channel.register(
        ControllerTopics.DECISION,
        (from, payload) -> {
          try {
            accept(SignedDecision.decode(payload));
            return CompletableFuture.completedFuture(Bytes.EMPTY);
          } catch (ControllerMessageException e) {
            LOG.debug("decision from {} refused: {}", from.shortId(), e.getMessage());
            return CompletableFuture.failedFuture(e);
          }
        });
  }

  /** The slot tick: notes a missing decision for {@code slot} as staleness. */
  public void onSlot(final long slot) {
    status.checkSlot(slot);
  }
}
