/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that only moves when a test advances it or someone idles: pacing without waiting. Work
 * ({@link #advance}) moves both the wall clock and the CPU clock; preemption ({@link #preempt})
 * only the wall clock.
 */
public final class ManualPacer implements Pacer {
  private final AtomicLong now = new AtomicLong();
  private final AtomicLong cpu = new AtomicLong();

  @Override
  public long nanoTime() {
    return now.get();
  }

  @Override
  public long threadCpuNanos() {
    return cpu.get();
  }

  @Override
  public void idleUntil(final long deadlineNanos) {
    now.accumulateAndGet(deadlineNanos, Math::max);
  }

  /** Moves the clock forward by {@code nanos}, as work or idle time would. */
  public void advance(final long nanos) {
    now.addAndGet(nanos);
    cpu.addAndGet(nanos);
  }

  /** Moves the wall clock only, as another process holding the core would. */
  public void preempt(final long nanos) {
    now.addAndGet(nanos);
  }
}
