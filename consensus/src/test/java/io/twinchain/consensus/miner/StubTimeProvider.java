/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import java.util.concurrent.atomic.AtomicLong;

/** A simulated clock: time moves only when advanced or slept on, so pacing tests are exact. */
public final class StubTimeProvider implements TimeProvider {

  private final AtomicLong nanos = new AtomicLong();
  private final long epochSecondsAtZero;

  public StubTimeProvider(final long epochSecondsAtZero) {
    this.epochSecondsAtZero = epochSecondsAtZero;
  }

  public void advanceNanos(final long delta) {
    nanos.addAndGet(delta);
  }

  public void advanceSeconds(final long seconds) {
    advanceNanos(seconds * 1_000_000_000L);
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public long epochSeconds() {
    return epochSecondsAtZero + nanos.get() / 1_000_000_000L;
  }

  @Override
  public void sleepNanos(final long delta) {
    advanceNanos(delta);
  }
}
