/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.txpool.RejectionReason;
import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.ValidationResult;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.NewTransactionsMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.p2p.wire.WireException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * NEW_TRANSACTIONS gossip around the pool. Transactions from a peer go into the pool; those it
 * accepts are relayed to every other peer (a transaction the pool knows already is not, which ends
 * the flood). As a {@link TransactionSink}, it is the pool local submitters (RPC, twin anchoring,
 * work receipts) use: what the pool accepts from them is announced to all peers.
 */
public final class TransactionGossip implements TransactionSink {

  private final P2PNetwork network;
  private final TransactionSink pool;

  /** Gossip for {@code pool} over {@code network}. */
  public TransactionGossip(final P2PNetwork network, final TransactionSink pool) {
    this.network = network;
    this.pool = pool;
  }

  void register() {
    network.registerHandler(TwinchainV1.NEW_TRANSACTIONS, this::onNewTransactions);
  }

  @Override
  public SubmitResult submit(final Bytes envelope) {
    final SubmitResult result = pool.submit(envelope);
    if (result instanceof SubmitResult.Accepted) {
      network.broadcast(new NewTransactionsMessage(List.of(envelope)).encode(), Optional.empty());
    }
    return result;
  }

  @Override
  public long nextNonce(final Address sender) {
    return pool.nextNonce(sender);
  }

  private ValidationResult onNewTransactions(final PeerConnection peer, final Frame frame)
      throws WireException {
    final List<Bytes> accepted = new ArrayList<>();
    boolean invalid = false;
    for (final Bytes envelope : NewTransactionsMessage.decode(frame).transactions()) {
      final SubmitResult result = pool.submit(envelope);
      if (result instanceof SubmitResult.Accepted) {
        accepted.add(envelope);
      } else if (result instanceof SubmitResult.Rejected rejected
          && rejected.reason() == RejectionReason.INVALID) {
        invalid = true;
      }
    }
    if (!accepted.isEmpty()) {
      network.broadcast(new NewTransactionsMessage(accepted).encode(), Optional.of(peer));
    }
    return invalid ? ValidationResult.REJECT : ValidationResult.ACCEPT;
  }
}
