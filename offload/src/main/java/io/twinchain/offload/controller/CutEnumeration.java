/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;
import java.util.function.Consumer;

/** Visits every partition vector in ∏_n {0..L_n} (odometer order), moving one cut at a time. */
final class CutEnumeration {

  private CutEnumeration() {}

  /** ∏_n (L_n + 1), saturating at Long.MAX_VALUE. */
  static long count(final SlotWorkload workload) {
    long count = 1;
    try {
      for (int n = 0; n < workload.model().topology().twinCount(); n++) {
        count = Math.multiplyExact(count, workload.model().model(n).layerCount() + 1L);
      }
      return count;
    } catch (final ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }

  /** Calls {@code visitor} with the workload set to each partition vector in turn. */
  static void forEach(final SlotWorkload workload, final Consumer<SlotWorkload> visitor) {
    final int twins = workload.model().topology().twinCount();
    for (int n = 0; n < twins; n++) {
      workload.setCut(n, 0);
    }
    while (true) {
      visitor.accept(workload);
      int n = 0;
      while (n < twins && workload.cut(n) == workload.model().model(n).layerCount()) {
        workload.setCut(n, 0);
        n++;
      }
      if (n == twins) {
        return;
      }
      workload.setCut(n, workload.cut(n) + 1);
    }
  }
}
