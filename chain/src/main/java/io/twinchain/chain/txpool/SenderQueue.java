/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.web3j.abi.datatypes.Address;

/**
 * One sender's pending transactions by nonce, with its account at the head. The first {@link
 * #readyCount()} transactions run contiguously from the account nonce (ready); the rest sit behind
 * a gap (future). Not thread-safe: the pool guards it.
 */
final class SenderQueue {

  private final Address sender;
  private final NavigableMap<Long, PendingTransaction> byNonce = new TreeMap<>();
  private SenderAccount account;
  private int readyCount;

  SenderQueue(final Address sender, final SenderAccount account) {
    this.sender = sender;
    this.account = account;
  }

  Address sender() {
    return sender;
  }

  SenderAccount account() {
    return account;
  }

  int size() {
    return byNonce.size();
  }

  boolean isEmpty() {
    return byNonce.isEmpty();
  }

  int readyCount() {
    return readyCount;
  }

  /** The nonce the sender's next new transaction carries: the account nonce plus ready ones. */
  long nextNonce() {
    return account.nonce() + readyCount;
  }

  Optional<PendingTransaction> at(final long nonce) {
    return Optional.ofNullable(byNonce.get(nonce));
  }

  /** The ready transaction with the {@code index}-th nonce from the account nonce. */
  PendingTransaction ready(final int index) {
    return byNonce.get(account.nonce() + index);
  }

  /** The highest-nonce transaction: the only one eviction takes, so it never opens a gap. */
  PendingTransaction tail() {
    return byNonce.lastEntry().getValue();
  }

  boolean isReady(final PendingTransaction pending) {
    return pending.nonce() < nextNonce();
  }

  /** Adds or replaces the transaction at its nonce; returns the one it replaced. */
  Optional<PendingTransaction> put(final PendingTransaction pending) {
    final Optional<PendingTransaction> replaced =
        Optional.ofNullable(byNonce.put(pending.nonce(), pending));
    if (pending.nonce() == nextNonce()) {
      extendReady();
    }
    return replaced;
  }

  void remove(final PendingTransaction pending) {
    if (byNonce.remove(pending.nonce(), pending) && pending.nonce() < nextNonce()) {
      readyCount = (int) Math.max(0, pending.nonce() - account.nonce());
    }
  }

  /**
   * Takes a new head account: drops what it made stale (nonce below the account's) or unpayable,
   * and recounts the ready run.
   *
   * @return the dropped transactions
   */
  List<PendingTransaction> rebase(final SenderAccount headAccount) {
    this.account = headAccount;
    final Map<Long, PendingTransaction> stale = byNonce.headMap(headAccount.nonce(), false);
    final List<PendingTransaction> dropped = new ArrayList<>(stale.values());
    stale.clear();
    final BigInteger balance = headAccount.balance();
    byNonce.values().removeIf(p -> p.upfrontCost().compareTo(balance) > 0 && dropped.add(p));
    readyCount = 0;
    extendReady();
    return dropped;
  }

  Collection<PendingTransaction> all() {
    return byNonce.values();
  }

  private void extendReady() {
    while (byNonce.containsKey(account.nonce() + readyCount)) {
      readyCount++;
    }
  }
}
