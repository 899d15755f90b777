/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import java.util.Optional;

/**
 * Estimates a link's throughput from completed transfers (assumption
 * A-OFFLOAD-LINK-THROUGHPUT-EWMA): exponentially weighted moving averages of the bytes and of the
 * wall time of each transfer of at least {@code minBytes}, x ← (1 − α)·x + α·sample, started by the
 * first transfer; the estimate is 8 × bytes average / time average. Averaging bytes and time
 * separately weighs each transfer by its duration, so one slow small frame moves the estimate less
 * than an average of per-transfer rates would. Transfers below {@code minBytes} are ignored because
 * their time is mostly round-trip latency, not rate. The wall time includes the acknowledgement's
 * return, so the estimate is slightly below the raw rate, which is what the spec's τ = ψ / r should
 * charge a frame anyway.
 */
public final class ThroughputEstimator {
  /** Default smoothing weight of the newest sample. */
  public static final double DEFAULT_ALPHA = 0.1;

  /** Default smallest transfer that counts. */
  public static final long DEFAULT_MIN_BYTES = 4096;

  private final double alpha;
  private final long minBytes;
  private double bytes;
  private double nanos;
  private long samples;

  /** An estimator with weight {@code alpha} ∈ (0, 1] ignoring transfers below {@code minBytes}. */
  public ThroughputEstimator(final double alpha, final long minBytes) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
    }
    if (minBytes < 1) {
      throw new IllegalArgumentException("minimum transfer must be ≥ 1 byte, was " + minBytes);
    }
    this.alpha = alpha;
    this.minBytes = minBytes;
  }

  /** An estimator with {@link #DEFAULT_ALPHA} and {@link #DEFAULT_MIN_BYTES}. */
  public ThroughputEstimator() {
    this(DEFAULT_ALPHA, DEFAULT_MIN_BYTES);
  }

  /** Adds a completed transfer. */
  public synchronized void record(final Transfer transfer) {
    if (transfer.bytes() < minBytes) {
      return;
    }
    final double weight = samples == 0 ? 1 : alpha;
    bytes = (1 - weight) * bytes + weight * transfer.bytes();
    nanos = (1 - weight) * nanos + weight * transfer.nanos();
    samples++;
  }

  /** The estimated rate r_m(t) in bit/s, empty until a transfer counted. */
  public synchronized Optional<Double> bitsPerSecond() {
    return samples == 0 ? Optional.empty() : Optional.of(bytes * 8e9 / nanos);
  }

  /** Number of transfers that counted. */
  public synchronized long samples() {
    return samples;
  }
}
