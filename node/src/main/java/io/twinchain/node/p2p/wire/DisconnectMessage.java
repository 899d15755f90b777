/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import org.apache.tuweni.rlp.RLP;

/** DISCONNECT: the sender is about to close the connection, and why. */
public record DisconnectMessage(DisconnectReason reason) {

  public Frame encode() {
    return new Frame(TwinchainV1.DISCONNECT, RLP.encodeList(w -> w.writeInt(reason.ordinal())));
  }

  public static DisconnectMessage decode(final Frame frame) throws WireException {
    return RlpBodies.decode(
        frame,
        TwinchainV1.DISCONNECT,
        r -> {
          final int reason = r.readInt();
          if (reason < 0 || reason >= DisconnectReason.values().length) {
            throw new IllegalArgumentException("reason " + reason);
          }
          return new DisconnectMessage(DisconnectReason.values()[reason]);
        });
  }
}
