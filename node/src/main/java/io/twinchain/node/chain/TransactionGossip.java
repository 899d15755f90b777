/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

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
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * NEW_TRANSACTIONS gossip around the pool. Every transaction the pool accepts, whoever submitted it
 * (RPC, twin anchoring, work receipts, a peer), is announced to all peers except the one it came
 * from; a transaction the pool knows already is not accepted again, which ends the flood. A peer
 * sending an invalid transaction is scored down.
 */
final class TransactionGossip {

  /** Most ready transactions sent to a peer when it connects. */
  static final int MAX_SENT_ON_CONNECT = 1_024;

  private final P2PNetwork network;
  private final TransactionPool pool;

  /**
   * The peer whose NEW_TRANSACTIONS this thread is submitting: the pool calls its listeners on the
   * submitting thread, and that peer must not get its own transactions back.
   */
  private final ThreadLocal<PeerConnection> receivingFrom = new ThreadLocal<>();

  TransactionGossip(final P2PNetwork network, final TransactionPool pool) {
    this.network = network;
    this.pool = pool;
  }

  void register() {
    network.registerHandler(TwinchainV1.NEW_TRANSACTIONS, this::onNewTransactions);
    pool.onTransactionAdded(this::announce);
    network.peers().onConnect(this::sendPending);
  }

  /**
   * Sends a newly connected peer the pool's ready transactions: one accepted before the peer
   * connected (a node's first anchor, decision or receipt is submitted while it still dials) was
   * announced to nobody, and without it every later transaction of its sender stays a nonce gap
   * ("future") in the peer's pool and is never mined.
   */
  private void sendPending(final PeerConnection peer) {
    final List<Transaction> ready = pool.select(MAX_SENT_ON_CONNECT);
    if (!ready.isEmpty()) {
      peer.send(
          new NewTransactionsMessage(ready.stream().map(Transaction::envelope).toList()).encode());
    }
  }

  private void announce(final Transaction transaction) {
    network.broadcast(
        new NewTransactionsMessage(List.of(transaction.envelope())).encode(),
        Optional.ofNullable(receivingFrom.get()));
  }

  private ValidationResult onNewTransactions(final PeerConnection peer, final Frame frame)
      throws WireException {
    final List<Bytes> envelopes = NewTransactionsMessage.decode(frame).transactions();
    boolean invalid = false;
    receivingFrom.set(peer);
    try {
      for (final Bytes envelope : envelopes) {
        invalid |=
            pool.submit(envelope) instanceof SubmitResult.Rejected rejected
                && rejected.reason() == RejectionReason.INVALID;
      }
    } finally {
      receivingFrom.remove();
    }
    return invalid ? ValidationResult.REJECT : ValidationResult.ACCEPT;
  }
}
