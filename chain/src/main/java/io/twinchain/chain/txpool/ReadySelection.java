/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import io.twinchain.chain.transaction.Transaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Ready transactions in inclusion order, after geth's price-and-nonce merge: each sender offers its
 * lowest ready nonce; the highest tip among the offers goes next (earlier arrival on equal tips),
 * then that sender offers its next nonce. Senders interleave by price while each stays in nonce
 * order.
 */
final class ReadySelection {

  private record Offer(SenderQueue queue, int index, PendingTransaction pending) {}

  private static final Comparator<Offer> BEST_FIRST =
      Comparator.comparing((Offer offer) -> offer.pending().tip())
          .reversed()
          .thenComparingLong(offer -> offer.pending().sequence());

  private ReadySelection() {}

  static List<Transaction> select(final Collection<SenderQueue> queues, final int maxCount) {
    final List<Transaction> selected = new ArrayList<>(Math.min(maxCount, 1024));
    final PriorityQueue<Offer> offers = new PriorityQueue<>(BEST_FIRST);
    for (final SenderQueue queue : queues) {
      if (queue.readyCount() > 0) {
        offers.add(new Offer(queue, 0, queue.ready(0)));
      }
    }
    while (selected.size() < maxCount && !offers.isEmpty()) {
      final Offer best = offers.poll();
      selected.add(best.pending().transaction());
      final int next = best.index() + 1;
      if (next < best.queue().readyCount()) {
        offers.add(new Offer(best.queue(), next, best.queue().ready(next)));
      }
    }
    return selected;
  }
}
