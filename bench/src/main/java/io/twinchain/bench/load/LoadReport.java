/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.load;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What one load run achieved, printed as one block of lines for BENCHMARKS.md. */
record LoadReport(
    LoadSettings settings,
    long signed,
    long refused,
    Map<String, AtomicLong> refusals,
    double sendSeconds,
    long startNanos,
    MinedCounter counter) {

  void print() {
    final long mined = counter.mined();
    final double untilLastMined =
        mined == 0 ? Double.NaN : (counter.lastMinedAtNanos() - startNanos) / 1e9;
    System.out.printf(
        "offered %d tx/s for %d s to %s (%d accounts, every %d-th a work receipt)%n",
        settings.rate(),
        settings.duration(),
        settings.rpcUrls(),
        settings.accounts(),
        settings.receiptEvery());
    System.out.printf(
        "submitted %d in %.1f s (%.0f tx/s), refused %d%n",
        signed, sendSeconds, signed / sendSeconds, refused);
    refusals.entrySet().stream()
        .sorted(Comparator.comparingLong(e -> -e.getValue().get()))
        .limit(5)
        .forEach(e -> System.out.printf("  refused %d x %s%n", e.getValue().get(), e.getKey()));
    System.out.printf(
        "mined %d of them in %d blocks; last mined %.1f s after the first submission%n",
        mined, counter.blocks(), untilLastMined);
    System.out.printf(
        "SUSTAINED THROUGHPUT %.0f tx/s (mined / time from first submission to last mined)%n",
        mined / untilLastMined);
  }
}
