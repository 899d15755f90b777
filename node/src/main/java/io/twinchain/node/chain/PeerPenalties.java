/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.peers.PeerScores.Penalty;
import io.twinchain.node.p2p.wire.DisconnectReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores peers down for blocks and transactions found invalid after the frame was handed on (the
 * chain thread validates them, so the network's dispatcher cannot see the verdict); a peer that
 * falls to the ban threshold is disconnected, as the dispatcher would.
 */
final class PeerPenalties {
  private static final Logger LOG = LoggerFactory.getLogger(PeerPenalties.class);

  private final P2PNetwork network;

  PeerPenalties(final P2PNetwork network) {
    this.network = network;
  }

  /** Charges {@code peer} for an invalid message. */
  void invalidMessage(final PeerConnection peer) {
    if (network.scores().penalize(peer.id(), Penalty.INVALID_MESSAGE)) {
      LOG.warn("Disconnecting {}: too many invalid messages", peer);
      peer.disconnect(DisconnectReason.LOW_SCORE);
    }
  }
}
