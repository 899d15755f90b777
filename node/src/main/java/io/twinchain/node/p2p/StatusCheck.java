/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.twinchain.node.p2p.wire.DisconnectReason;
import io.twinchain.node.p2p.wire.StatusMessage;
import java.util.Optional;

/** Decides whether a peer's STATUS is compatible with ours; empty means compatible. */
public final class StatusCheck {

  private StatusCheck() {}

  /** The reason to disconnect, if any: protocol version, then chain id, then genesis. */
  public static Optional<DisconnectReason> check(
      final StatusMessage ours, final StatusMessage theirs) {
    if (ours.protocolVersion() != theirs.protocolVersion()) {
      return Optional.of(DisconnectReason.INCOMPATIBLE_VERSION);
    }
    if (ours.chainId() != theirs.chainId() || !ours.genesisHash().equals(theirs.genesisHash())) {
      return Optional.of(DisconnectReason.WRONG_CHAIN);
    }
    return Optional.empty();
  }
}
