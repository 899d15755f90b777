/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.node.chain.BlockImportPipeline.StoredBlock;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.ValidationResult;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.NewBlockMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.p2p.wire.WireException;
import java.util.concurrent.Executor;

/**
 * NEW_BLOCK gossip: an announced block is imported on the chain thread (its sender's head is noted,
 * so a block that does not attach makes sync ask it for the range below); every block newly stored
 * from the miner or from gossip is announced to all peers but the one that sent it.
 */
final class BlockGossip {

  private final P2PNetwork network;
  private final BlockImportPipeline pipeline;
  private final ChainSync sync;
  private final Executor chainThread;

  BlockGossip(
      final P2PNetwork network,
      final BlockImportPipeline pipeline,
      final ChainSync sync,
      final Executor chainThread) {
    this.network = network;
    this.pipeline = pipeline;
    this.sync = sync;
    this.chainThread = chainThread;
  }

  void register() {
    network.registerHandler(TwinchainV1.NEW_BLOCK, this::onNewBlock);
    pipeline.onStored(this::announce);
  }

  private ValidationResult onNewBlock(final PeerConnection peer, final Frame frame)
      throws WireException {
    final NewBlockMessage message = NewBlockMessage.decode(frame);
    chainThread.execute(
        () -> {
          final ImportOutcome outcome =
              pipeline.importBlock(message.block(), BlockOrigin.gossip(peer));
          outcome
              .header()
              .filter(header -> outcome.kind() != ImportOutcome.Kind.INVALID)
              .ifPresent(header -> sync.onPeerHead(peer, header.number()));
        });
    // The verdict comes later, from the chain thread, through the pipeline's invalid listener.
    return ValidationResult.ACCEPT;
  }

  private void announce(final StoredBlock block) {
    if (block.origin().announce()) {
      network.broadcast(new NewBlockMessage(block.encoded()).encode(), block.origin().peer());
    }
  }
}
