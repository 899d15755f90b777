/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.ValidationResult;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.BlocksMessage;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.GetBlocksMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.p2p.wire.WireException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Answers GET_BLOCKS with the canonical blocks of the range, in order, stopping at our head or when
 * the answer would pass half the frame limit (the asker then asks again from where it ends).
 */
final class BlockRangeServer {

  private final P2PNetwork network;
  private final StoredBlocks stored;
  private final int maxResponseBytes;

  BlockRangeServer(final P2PNetwork network, final StoredBlocks stored, final int maxFrameLength) {
    this.network = network;
    this.stored = stored;
    this.maxResponseBytes = maxFrameLength / 2;
  }

  void register() {
    network.registerHandler(TwinchainV1.GET_BLOCKS, this::onGetBlocks);
  }

  private ValidationResult onGetBlocks(final PeerConnection peer, final Frame frame)
      throws WireException {
    final GetBlocksMessage request = GetBlocksMessage.decode(frame);
    peer.send(new BlocksMessage(request.requestId(), range(request)).encode());
    return ValidationResult.ACCEPT;
  }

  List<Bytes> range(final GetBlocksMessage request) {
    final List<Bytes> blocks = new ArrayList<>();
    long bytes = 0;
    for (long number = request.startNumber();
        number < request.startNumber() + request.count();
        number++) {
      final Optional<Bytes> block = stored.canonicalEncoded(number);
      if (block.isEmpty() || (bytes + block.get().size() > maxResponseBytes && !blocks.isEmpty())) {
        break;
      }
      bytes += block.get().size();
      blocks.add(block.get());
    }
    return blocks;
  }
}
