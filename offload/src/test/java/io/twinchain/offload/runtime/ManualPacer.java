/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when a test advances it or someone idles: pacing without waiting. */
public final class ManualPacer implements Pacer {
  private final AtomicLong now = new AtomicLong();

  @Override
  public long nanoTime() {
    return now.get();
  }

  @Override
  public void idleUntil(final long deadlineNanos) {
    now.accumulateAndGet(deadlineNanos, Math::max);
  }

  /** Moves the clock forward by {@code nanos}, as work or idle time would. */
  public void advance(final long nanos) {
    now.addAndGet(nanos);
  }
}
