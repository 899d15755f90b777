/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.rlp.RLP;

/** STATUS: the first message each side sends; peers on another chain are disconnected. */
public record StatusMessage(
    int protocolVersion, long chainId, Bytes32 genesisHash, Bytes32 headHash, long headNumber) {

  public Frame encode() {
    return new Frame(
        TwinchainV1.STATUS,
        RLP.encodeList(
            w -> {
              w.writeInt(protocolVersion);
              w.writeLong(chainId);
              w.writeValue(genesisHash);
              w.writeValue(headHash);
              w.writeLong(headNumber);
            }));
  }

  public static StatusMessage decode(final Frame frame) throws WireException {
    return RlpBodies.decode(
        frame,
        TwinchainV1.STATUS,
        r ->
            new StatusMessage(
                r.readInt(),
                RlpBodies.nonNegative(r.readLong(), "chainId"),
                Bytes32.wrap(hash(r.readValue())),
                Bytes32.wrap(hash(r.readValue())),
                RlpBodies.nonNegative(r.readLong(), "headNumber")));
  }

  private static Bytes hash(final Bytes value) {
    if (value.size() != 32) {
      throw new IllegalArgumentException("hash of " + value.size() + " bytes");
    }
    return value;
  }
}
