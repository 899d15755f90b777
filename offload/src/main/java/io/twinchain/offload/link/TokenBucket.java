/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.runtime.Pacer;

/**
 * A token bucket on bytes, like Linux's {@code tbf}: tokens accrue at the rate up to {@code
 * capacity}; taking n bytes may drive the balance negative, and the caller then idles until it is
 * back to zero. A transfer of S bytes starting with a full bucket thus takes (S − capacity) / rate,
 * so with a capacity of one packet the time is bits / rate. The bucket starts full.
 */
public final class TokenBucket {
  private final Pacer pacer;
  private final double capacityBytes;
  private double bytesPerSecond;
  private double tokens;
  private long updatedNanos;

  /** A full bucket refilling at {@code bitsPerSecond}. */
  public TokenBucket(final Pacer pacer, final double bitsPerSecond, final long capacityBytes) {
    if (capacityBytes < 0) {
      throw new IllegalArgumentException("capacity must be ≥ 0, was " + capacityBytes);
    }
    this.pacer = pacer;
    this.capacityBytes = capacityBytes;
    this.bytesPerSecond = positiveBytesPerSecond(bitsPerSecond);
    this.tokens = capacityBytes;
    this.updatedNanos = pacer.nanoTime();
  }

  /** Changes the rate from now on; tokens accrued so far keep the old rate. */
  public synchronized void setRate(final double bitsPerSecond) {
    final double newRate = positiveBytesPerSecond(bitsPerSecond);
    refill();
    bytesPerSecond = newRate;
  }

  /** The current rate in bit/s. */
  public synchronized double bitsPerSecond() {
    return bytesPerSecond * 8;
  }

  /**
   * Lowers the current credit to at most {@code bytes}, e.g. at the start of a frame: a large
   * capacity lets pacing catch up on late wake-ups within a frame, while the frame itself starts
   * with a small burst credit, as on a {@code tbf} with the smallest burst.
   */
  public synchronized void limitCredit(final long bytes) {
    refill();
    tokens = Math.min(tokens, bytes);
  }

  /** Takes {@code bytes} tokens, idling (without CPU) until the balance is no longer negative. */
  public synchronized void take(final long bytes) {
    refill();
    tokens -= bytes;
    if (tokens < 0) {
      pacer.idleUntil(updatedNanos + (long) Math.ceil(-tokens / bytesPerSecond * 1e9));
    }
  }

  private void refill() {
    final long now = pacer.nanoTime();
    tokens = Math.min(capacityBytes, tokens + (now - updatedNanos) / 1e9 * bytesPerSecond);
    updatedNanos = now;
  }

  private static double positiveBytesPerSecond(final double bitsPerSecond) {
    if (!(bitsPerSecond > 0) || Double.isInfinite(bitsPerSecond)) {
      throw new IllegalArgumentException("rate must be finite and > 0 bit/s, was " + bitsPerSecond);
    }
    return bitsPerSecond / 8;
  }
}
