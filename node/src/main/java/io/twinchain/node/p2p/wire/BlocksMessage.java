/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/** BLOCKS: the answer to a GET_BLOCKS with the same request id, blocks in ascending order. */
public record BlocksMessage(long requestId, List<Bytes> blocks) {

  public BlocksMessage {
    blocks = List.copyOf(blocks);
  }

  public Frame encode() {
    return new Frame(
        TwinchainV1.BLOCKS,
        RLP.encodeList(
            w -> {
              w.writeLong(requestId);
              w.writeList(blocks, (lw, block) -> lw.writeValue(block));
            }));
  }

  public static BlocksMessage decode(final Frame frame) throws WireException {
    return RlpBodies.decode(
        frame,
        TwinchainV1.BLOCKS,
        r ->
            new BlocksMessage(
                RlpBodies.nonNegative(r.readLong(), "requestId"), RlpLists.nestedValues(r)));
  }
}
