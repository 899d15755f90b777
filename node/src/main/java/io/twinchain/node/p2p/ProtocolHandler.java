/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.WireException;

/** Handles one message code from established peers; runs on the peer's event-loop thread. */
@FunctionalInterface
public interface ProtocolHandler {

  /**
   * Handles {@code frame}; a {@link WireException} (undecodable body) disconnects the peer, a
   * REJECT verdict scores it down.
   */
  ValidationResult handle(PeerConnection peer, Frame frame) throws WireException;
}
