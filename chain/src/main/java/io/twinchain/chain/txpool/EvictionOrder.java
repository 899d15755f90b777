/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which transaction leaves a full pool. Only a sender's tail (highest nonce) is a candidate, so
 * eviction never opens a gap. Candidates are ordered (first = evicted):
 *
 * <ol>
 *   <li>future (gapped) before ready transactions;
 *   <li>lower tip first;
 *   <li>the sender holding more transactions first, so a busy sender is trimmed back towards the
 *       others' share, and only when the pool is actually full (A-TXPOOL-LIMITS);
 *   <li>the later arrival first.
 * </ol>
 */
final class EvictionOrder {

  /** A sender's tail, with what ordering needs to know about its sender. */
  record Candidate(SenderQueue queue, PendingTransaction tail, boolean ready) {}

  static final Comparator<Candidate> ORDER =
      Comparator.comparing(Candidate::ready)
          .thenComparing(candidate -> candidate.tail().tip())
          .thenComparing(candidate -> -candidate.queue().size())
          .thenComparing(candidate -> -candidate.tail().sequence());

  private EvictionOrder() {}

  /** The transaction to evict among every sender's tail. */
  static Optional<Candidate> victim(final Collection<SenderQueue> queues) {
    Candidate victim = null;
    for (final SenderQueue queue : queues) {
      final PendingTransaction tail = queue.tail();
      final Candidate candidate = new Candidate(queue, tail, queue.isReady(tail));
      if (victim == null || ORDER.compare(candidate, victim) < 0) {
        victim = candidate;
      }
    }
    return Optional.ofNullable(victim);
  }
}
