/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/** NEW_BLOCK: one block, RLP-encoded by the chain module, gossiped when mined or imported. */
public record NewBlockMessage(Bytes block) {

  public Frame encode() {
    return new Frame(TwinchainV1.NEW_BLOCK, RLP.encodeList(w -> w.writeValue(block)));
  }

  public static NewBlockMessage decode(final Frame frame) throws WireException {
    return RlpBodies.decode(frame, TwinchainV1.NEW_BLOCK, r -> new NewBlockMessage(r.readValue()));
  }
}
