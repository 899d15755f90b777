/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Paces hashing to a {@link MiningRate}: a token bucket whose tokens are hashes, refilled at the
 * rate and holding at most {@code burstNanos} worth of them, so a thread that stalled cannot make
 * up for it in a burst above the allocated frequency. The bucket starts empty (assumption
 * A-CONS-MINER-RATE). One per mining thread; the rate may be changed from any thread.
 */
public final class HashRateThrottle {

  /** Most hashes handed out at once, so rate changes and new heads take effect quickly. */
  static final int MAX_BATCH = 4_096;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long BATCH_NANOS = 1_000_000L;

  private final TimeProvider time;
  private final long burstNanos;
  private volatile MiningRate rate;
  private double nextFreeNanos = Double.NaN;

  /**
   * A throttle.
   *
   * @param time the clock to pace by
   * @param rate the initial rate
   * @param burstNanos the most idle time that may be spent later as a burst
   */
  public HashRateThrottle(final TimeProvider time, final MiningRate rate, final long burstNanos) {
    checkArgument(burstNanos >= 0, "burst must be >= 0 ns, got %s", burstNanos);
    this.time = time;
    this.rate = rate;
    this.burstNanos = burstNanos;
  }

  /** Changes the rate; takes effect at the next {@link #acquire()}. */
  public void setRate(final MiningRate newRate) {
    rate = newRate;
  }

  /** The current rate. */
  public MiningRate rate() {
    return rate;
  }

  /**
   * Waits until the next batch of hashes may be computed and returns its size: about a
   * millisecond's worth at the current rate, {@link #MAX_BATCH} when unthrottled, 0 when paused
   * (after sleeping a millisecond, so a paused miner does not spin).
   */
  public int acquire() throws InterruptedException {
    final MiningRate current = rate;
    if (current.isUnthrottled()) {
      return MAX_BATCH;
    }
    if (current.hashesPerSecond() == 0) {
      time.sleepNanos(BATCH_NANOS);
      return 0;
    }
    final double perHash = NANOS_PER_SECOND / current.hashesPerSecond();
    final int batch = (int) Math.max(1, Math.min(MAX_BATCH, BATCH_NANOS / perHash));
    final long now = time.nanoTime();
    if (Double.isNaN(nextFreeNanos)) {
      nextFreeNanos = now; // the bucket starts empty: no burst before any hash was paced
    }
    nextFreeNanos = Math.max(nextFreeNanos, now - (double) burstNanos) + batch * perHash;
    final long wait = (long) (nextFreeNanos - now - batch * perHash);
    if (wait > 0) {
      time.sleepNanos(wait);
    }
    return batch;
  }
}
