/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import org.apache.tuweni.rlp.RLP;

/** GET_BLOCKS: asks for up to {@code count} consecutive blocks from {@code startNumber}. */
public record GetBlocksMessage(long requestId, long startNumber, int count) {

  /** Most blocks one request may ask for. */
  public static final int MAX_COUNT = 256;

  public Frame encode() {
    return new Frame(
        TwinchainV1.GET_BLOCKS,
        RLP.encodeList(
            w -> {
              w.writeLong(requestId);
              w.writeLong(startNumber);
              w.writeInt(count);
            }));
  }

  public static GetBlocksMessage decode(final Frame frame) throws WireException {
    return RlpBodies.decode(
        frame,
        TwinchainV1.GET_BLOCKS,
        r -> {
          final long id = RlpBodies.nonNegative(r.readLong(), "requestId");
          final long start = RlpBodies.nonNegative(r.readLong(), "startNumber");
          final int count = r.readInt();
          if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count " + count + " outside 1.." + MAX_COUNT);
          }
          return new GetBlocksMessage(id, start, count);
        });
  }
}
