/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * The pending transactions: per sender in nonce order, checked against the head state, with
 * replacement by price bump, a global limit with {@link EvictionOrder eviction}, and {@link
 * #select} in inclusion order for the miner. Thread-safe: RPC threads submit, the miner selects and
 * the importer reports blocks concurrently; decoding and sender recovery run outside the lock.
 */
public final class TransactionPool implements TransactionSink {

  private final SignedTransactionDecoder decoder;
  private final HeadStateReader head;
  private final TransactionPoolConfig config;
  private final AdmissionChecks checks;
  private final SenderChecks senderChecks;
  private final List<Consumer<Transaction>> addedListeners = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();
  private final Map<Address, SenderQueue> senders = new HashMap<>();
  private final Map<Bytes32, PendingTransaction> byHash = new HashMap<>();
  private long arrivals;

  /**
   * A pool for chain {@code chainId}.
   *
   * @param head the canonical head's state
   * @param senderPermitted the accounts allowlist
   */
  public TransactionPool(
      final long chainId,
      final HeadStateReader head,
      final Predicate<Address> senderPermitted,
      final TransactionPoolConfig config) {
    this(new SignedTransactionDecoder(chainId), head, senderPermitted, config);
  }

  /**
   * A pool decoding with {@code decoder} (e.g. the node's remembering decoder, shared with the
   * importer so a pooled transaction's sender is not recovered again when its block arrives).
   */
  public TransactionPool(
      final SignedTransactionDecoder decoder,
      final HeadStateReader head,
      final Predicate<Address> senderPermitted,
      final TransactionPoolConfig config) {
    this.decoder = decoder;
    this.head = head;
    this.config = config;
    this.checks = new AdmissionChecks(config.minGasPrice(), senderPermitted);
    this.senderChecks = new SenderChecks(config);
  }

  @Override
  public SubmitResult submit(final Bytes envelope) {
    final Transaction transaction;
    try {
      transaction = decoder.decode(envelope);
    } catch (final InvalidTransactionException e) {
      return new SubmitResult.Rejected(RejectionReason.INVALID, e.reason().toString());
    }
    return add(transaction);
  }

  /**
   * Adds an already decoded transaction (from gossip) and, if accepted, tells the {@link
   * #onTransactionAdded} listeners.
   */
  public SubmitResult add(final Transaction transaction) {
    final SubmitResult result;
    synchronized (lock) {
      result = admit(transaction);
    }
    if (result instanceof SubmitResult.Accepted) {
      addedListeners.forEach(listener -> listener.accept(transaction));
    }
    return result;
  }

  /** Calls {@code listener} (outside the pool's lock) for every newly accepted transaction. */
  public void onTransactionAdded(final Consumer<Transaction> listener) {
    addedListeners.add(listener);
  }

  @Override
  public long nextNonce(final Address sender) {
    synchronized (lock) {
      final SenderQueue queue = senders.get(sender);
      return queue == null ? head.account(sender).nonce() : queue.nextNonce();
    }
  }

  /**
   * Up to {@code maxCount} ready transactions in inclusion order: highest tip first across senders,
   * nonce order within each sender. The consensus miner's {@code PendingTransactions}.
   */
  public List<Transaction> select(final int maxCount) {
    synchronized (lock) {
      return ReadySelection.select(senders.values(), maxCount);
    }
  }

  /** The pending transaction with this hash, ready or future. */
  public Optional<Transaction> pendingTransaction(final Bytes32 hash) {
    synchronized (lock) {
      return Optional.ofNullable(byHash.get(hash)).map(PendingTransaction::transaction);
    }
  }

  /** How many transactions are pending, ready and future. */
  public PoolCounts counts() {
    synchronized (lock) {
      final int ready = senders.values().stream().mapToInt(SenderQueue::readyCount).sum();
      return new PoolCounts(ready, byHash.size() - ready, senders.size());
    }
  }

  /**
   * A block joined the canonical chain: for each of its senders, drops what the head state made
   * stale (its transactions among them) or unpayable; later nonces become ready. A transaction the
   * block included but the head state does not reflect (the head moved on to another branch) stays.
   */
  public void onCanonicalBlock(final Block block) {
    synchronized (lock) {
      block.body().transactions().stream()
          .map(Transaction::sender)
          .distinct()
          .forEach(this::refresh);
    }
  }

  /**
   * Blocks left the canonical chain in a reorganisation: their transactions come back, checked
   * against the new head like any other (those the new branch included are refused as stale).
   * Listeners are not told: peers have seen these transactions already.
   */
  public void returnTransactions(final List<Transaction> transactions) {
    synchronized (lock) {
      transactions.stream().map(Transaction::sender).distinct().forEach(this::refresh);
      transactions.stream()
          .sorted(Comparator.comparingLong(Transaction::nonce))
          .forEach(this::admit);
    }
  }

  private SubmitResult admit(final Transaction transaction) {
    if (byHash.containsKey(transaction.hash())) {
      return new SubmitResult.Rejected(
          RejectionReason.ALREADY_KNOWN, "transaction " + transaction.hash() + " is pending");
    }
    final Optional<SubmitResult.Rejected> refusal = checks.check(transaction, head.blockGasLimit());
    if (refusal.isPresent()) {
      return refusal.get();
    }
    final PendingTransaction pending = new PendingTransaction(transaction, arrivals++);
    final SenderQueue queue = queueOf(pending);
    final Optional<SubmitResult.Rejected> stateRefusal = senderChecks.check(queue, pending);
    if (stateRefusal.isPresent()) {
      return stateRefusal.get();
    }
    senders.putIfAbsent(queue.sender(), queue);
    queue.put(pending).ifPresent(replaced -> byHash.remove(replaced.transaction().hash()));
    byHash.put(transaction.hash(), pending);
    if (evictWhileFull(pending)) {
      return new SubmitResult.Rejected(
          RejectionReason.POOL_FULL,
          "the pool holds " + config.maxSize() + " transactions that rank above this one");
    }
    return new SubmitResult.Accepted(transaction.hash());
  }

  private SenderQueue queueOf(final PendingTransaction pending) {
    final Address sender = pending.transaction().sender();
    final SenderQueue queue = senders.get(sender);
    if (queue == null) {
      return new SenderQueue(sender, head.account(sender));
    }
    if (pending.upfrontCost().compareTo(queue.account().balance()) > 0) {
      refresh(sender);
    }
    return senders.getOrDefault(sender, new SenderQueue(sender, queue.account()));
  }

  /** Re-reads a tracked sender's account at the head and drops what became invalid. */
  private void refresh(final Address sender) {
    final SenderQueue queue = senders.get(sender);
    if (queue == null) {
      return;
    }
    queue.rebase(head.account(sender)).forEach(p -> byHash.remove(p.transaction().hash()));
    if (queue.isEmpty()) {
      senders.remove(sender);
    }
  }

  /** Evicts while over the limit; whether {@code added} itself was evicted. */
  private boolean evictWhileFull(final PendingTransaction added) {
    boolean addedEvicted = false;
    while (byHash.size() > config.maxSize()) {
      final EvictionOrder.Candidate victim = EvictionOrder.victim(senders.values()).orElseThrow();
      victim.queue().remove(victim.tail());
      byHash.remove(victim.tail().transaction().hash());
      if (victim.queue().isEmpty()) {
        senders.remove(victim.queue().sender());
      }
      addedEvicted |= victim.tail() == added;
    }
    return addedEvicted;
  }
}
