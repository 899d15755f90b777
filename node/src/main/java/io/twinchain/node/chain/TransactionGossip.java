/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.txpool.RejectionReason;
import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.ValidationResult;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.NewTransactionsMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.p2p.wire.WireException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;

/**
 * NEW_TRANSACTIONS gossip around the pool. Every transaction the pool accepts, whoever submitted it
 * (RPC, twin anchoring, work receipts, a peer), is announced to all peers except the one it came
 * from, batched by {@link OutgoingTransactions} and flushed every {@link #FLUSH_PERIOD}; a
 * transaction the pool knows already is not accepted again, which ends the flood. A received batch
 * is decoded (sender recovery) in parallel off the network event loop; a peer sending an invalid
 * transaction is scored down.
 */
final class TransactionGossip implements AutoCloseable {

  /** How long an accepted transaction waits at most for others to share its frame. */
  static final Duration FLUSH_PERIOD = Duration.ofMillis(10);

  /** Most ready transactions sent to a peer when it connects. */
  static final int MAX_SENT_ON_CONNECT = 1_024;

  private final P2PNetwork network;
  private final TransactionPool pool;
  private final SignedTransactionDecoder decoder;
  private final PeerPenalties penalties;
  private final OutgoingTransactions outgoing;
  private final ScheduledExecutorService flusher =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> Thread.ofPlatform().daemon().name("tx-gossip-out").unstarted(runnable));
  private final ExecutorService receiver =
      Executors.newSingleThreadExecutor(
          runnable -> Thread.ofPlatform().daemon().name("tx-gossip-in").unstarted(runnable));

  /**
   * The peer whose NEW_TRANSACTIONS this thread is adding: the pool calls its listeners on the
   * adding thread, and that peer must not get its own transactions back.
   */
  private final ThreadLocal<PeerConnection> receivingFrom = new ThreadLocal<>();

  TransactionGossip(
      final P2PNetwork network,
      final TransactionPool pool,
      final SignedTransactionDecoder decoder,
      final PeerPenalties penalties) {
    this.network = network;
    this.pool = pool;
    this.decoder = decoder;
    this.penalties = penalties;
    this.outgoing = new OutgoingTransactions(network);
  }

  void register() {
    network.registerHandler(TwinchainV1.NEW_TRANSACTIONS, this::onNewTransactions);
    pool.onTransactionAdded(this::announce);
    flusher.scheduleWithFixedDelay(
        outgoing::flush, FLUSH_PERIOD.toMillis(), FLUSH_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    network.peers().onConnect(this::sendPending);
  }

  /**
   * Sends a newly connected peer the pool's ready transactions: one accepted before the peer
   * connected (a node's first anchor, decision or receipt is submitted while it still dials) was
   * announced to nobody, and without it every later transaction of its sender stays a nonce gap
   * ("future") in the peer's pool and is never mined.
   */
  private void sendPending(final PeerConnection peer) {
    OutgoingTransactions.frames(
            pool.select(MAX_SENT_ON_CONNECT).stream().map(Transaction::envelope).toList())
        .forEach(peer::send);
  }

  private void announce(final Transaction transaction) {
    if (outgoing.add(transaction.envelope(), Optional.ofNullable(receivingFrom.get()))) {
      flusher.execute(outgoing::flush);
    }
  }

  private ValidationResult onNewTransactions(final PeerConnection peer, final Frame frame)
      throws WireException {
    final List<Bytes> envelopes = NewTransactionsMessage.decode(frame).transactions();
    receiver.execute(() -> addAll(peer, envelopes));
    return ValidationResult.ACCEPT;
  }

  private void addAll(final PeerConnection peer, final List<Bytes> envelopes) {
    final List<Optional<Transaction>> decoded =
        envelopes.parallelStream().map(this::decodeOrEmpty).toList();
    boolean invalid = decoded.stream().anyMatch(Optional::isEmpty);
    receivingFrom.set(peer);
    try {
      for (final Optional<Transaction> transaction : decoded) {
        invalid |=
            transaction.isPresent()
                && pool.add(transaction.get()) instanceof SubmitResult.Rejected rejected
                && rejected.reason() == RejectionReason.INVALID;
      }
    } finally {
      receivingFrom.remove();
    }
    if (invalid) {
      penalties.invalidMessage(peer);
    }
  }

  private Optional<Transaction> decodeOrEmpty(final Bytes envelope) {
    try {
      return Optional.of(decoder.decode(envelope));
    } catch (final InvalidTransactionException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    flusher.shutdownNow();
    receiver.shutdownNow();
  }
}
