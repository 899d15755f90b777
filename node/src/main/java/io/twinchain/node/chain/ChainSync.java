/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.ValidationResult;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.BlocksMessage;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.GetBlocksMessage;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.p2p.wire.WireException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Range sync: while a connected peer's head is above ours, ask it for the next blocks with
 * GET_BLOCKS (one request in flight) and import the BLOCKS answer through the pipeline. A range
 * whose first block does not attach to our chain means the peer is on another branch: the next
 * request starts {@link #BATCH} blocks lower, until the ranges attach; a range that attaches to a
 * side branch is followed up its branch. A fresh node so syncs from genesis and a restarted one
 * catches up. All state lives on the chain thread, except the published {@link SyncStatus}.
 */
public final class ChainSync implements SyncStatusQuery {
  private static final Logger LOG = LoggerFactory.getLogger(ChainSync.class);

  /** Blocks asked for per request. */
  static final int BATCH = 128;

  private static final long REQUEST_TIMEOUT_NANOS = 10_000_000_000L;

  private record Request(long id, PeerConnection peer, long start, long sentAt) {}

  private final P2PNetwork network;
  private final BlockImportPipeline pipeline;
  private final Blockchain chain;
  private final Executor chainThread;
  private final Map<NodeId, Long> peerHeads = new HashMap<>();
  private Optional<Request> inFlight = Optional.empty();
  private OptionalLong continueFrom = OptionalLong.empty();
  private OptionalLong startingBlock = OptionalLong.empty();
  private long lastRequestId;
  private volatile Optional<SyncStatus> status = Optional.empty();

  ChainSync(
      final P2PNetwork network,
      final BlockImportPipeline pipeline,
      final Blockchain chain,
      final Executor chainThread) {
    this.network = network;
    this.pipeline = pipeline;
    this.chain = chain;
    this.chainThread = chainThread;
  }

  void register() {
    network
        .peers()
        .onConnect(
            peer ->
                chainThread.execute(
                    () ->
                        onPeerHead(peer, peer.status().map(StatusMessage::headNumber).orElse(0L))));
    network.peers().onDisconnect(peer -> chainThread.execute(() -> forget(peer)));
    network.registerHandler(TwinchainV1.BLOCKS, this::onBlocks);
  }

  @Override
  public Optional<SyncStatus> syncStatus() {
    return status;
  }

  /** Notes that {@code peer} has a block {@code number}; asks it for blocks if that is ahead. */
  void onPeerHead(final PeerConnection peer, final long number) {
    peerHeads.merge(peer.id(), number, Math::max);
    requestIfBehind();
  }

  /** Periodic: drops a request that timed out and asks again. */
  void tick() {
    inFlight
        .filter(request -> System.nanoTime() - request.sentAt() > REQUEST_TIMEOUT_NANOS)
        .ifPresent(
            request -> {
              LOG.info("GET_BLOCKS #{} to {} timed out", request.start(), request.peer());
              inFlight = Optional.empty();
            });
    requestIfBehind();
  }

  private void forget(final PeerConnection peer) {
    peerHeads.remove(peer.id());
    if (inFlight.map(request -> request.peer() == peer).orElse(false)) {
      inFlight = Optional.empty();
    }
    requestIfBehind();
  }

  private ValidationResult onBlocks(final PeerConnection peer, final Frame frame)
      throws WireException {
    final BlocksMessage message = BlocksMessage.decode(frame);
    chainThread.execute(() -> onBlocks(peer, message));
    return ValidationResult.ACCEPT;
  }

  private void onBlocks(final PeerConnection peer, final BlocksMessage message) {
    final Optional<Request> request =
        inFlight.filter(r -> r.id() == message.requestId() && r.peer() == peer);
    if (request.isEmpty()) {
      return;
    }
    inFlight = Optional.empty();
    if (message.blocks().isEmpty()) {
      peerHeads.put(peer.id(), Math.min(peerHead(peer), request.get().start() - 1));
    } else {
      importRange(peer, request.get(), message);
    }
    requestIfBehind();
  }

  private void importRange(
      final PeerConnection peer, final Request request, final BlocksMessage message) {
    Optional<BlockHeader> last = Optional.empty();
    boolean storedAny = false;
    for (final Bytes encoded : message.blocks()) {
      final ImportOutcome outcome = pipeline.importBlock(encoded, BlockOrigin.sync(peer));
      if (outcome.kind() == ImportOutcome.Kind.PARKED_UNKNOWN_PARENT && last.isEmpty()) {
        continueFrom = OptionalLong.of(Math.max(1, request.start() - BATCH));
        return;
      }
      if (!outcome.isStored()) {
        peerHeads.put(peer.id(), chain.head().number());
        continueFrom = OptionalLong.empty();
        return;
      }
      storedAny |= outcome.kind() != ImportOutcome.Kind.ALREADY_KNOWN;
      last = outcome.header();
    }
    final BlockHeader reached = last.orElseThrow();
    LOG.info(
        "Synced #{}..#{} from {}, head #{} {}",
        request.start(),
        reached.number(),
        peer,
        chain.head().number(),
        chain.head().hash());
    peerHeads.merge(peer.id(), reached.number(), Math::max);
    if (reached.number() >= peerHead(peer)) {
      continueFrom = OptionalLong.empty();
      if (!storedAny) {
        peerHeads.put(peer.id(), chain.head().number());
      }
    } else {
      continueFrom =
          reached.hash().equals(chain.head().hash())
              ? OptionalLong.empty()
              : OptionalLong.of(reached.number() + 1);
    }
  }

  private void requestIfBehind() {
    final long head = chain.head().number();
    final Optional<PeerConnection> best =
        network.peers().all().stream()
            .filter(peer -> peerHead(peer) > head)
            .max(Comparator.comparingLong(this::peerHead));
    publishStatus(head, best.map(this::peerHead).orElse(head));
    if (inFlight.isPresent() || best.isEmpty()) {
      return;
    }
    final PeerConnection peer = best.get();
    final long start = continueFrom.orElse(head + 1);
    final int count = (int) Math.min(BATCH, Math.max(1, peerHead(peer) - start + 1));
    final Request request = new Request(++lastRequestId, peer, start, System.nanoTime());
    inFlight = Optional.of(request);
    LOG.debug("GET_BLOCKS #{}+{} from {} (head #{})", start, count, peer, peerHead(peer));
    peer.send(new GetBlocksMessage(request.id(), start, count).encode());
  }

  private void publishStatus(final long head, final long highest) {
    if (highest <= head) {
      startingBlock = OptionalLong.empty();
      status = Optional.empty();
      return;
    }
    if (startingBlock.isEmpty()) {
      startingBlock = OptionalLong.of(head);
      LOG.info("Syncing from #{} towards #{}", head, highest);
    }
    status = Optional.of(new SyncStatus(startingBlock.getAsLong(), head, highest));
  }

  private long peerHead(final PeerConnection peer) {
    return peerHeads.getOrDefault(peer.id(), 0L);
  }
}
