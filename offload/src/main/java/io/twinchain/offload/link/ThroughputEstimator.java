/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import java.util.Optional;

/**
 * Estimates a link's throughput from completed transfers (assumption
 * A-OFFLOAD-LINK-THROUGHPUT-EWMA): each transfer of at least {@code minBytes} gives a sample bytes
 * × 8 / wall time, and the estimate is their exponentially weighted moving average, estimate ← (1 −
 * α)·estimate + α·sample, started by the first sample. Transfers below {@code minBytes} are ignored
 * because their time is mostly round-trip latency, not rate. The wall time includes the
 * acknowledgement's return, so the estimate slightly underestimates the raw rate for small frames,
 * which is what the spec's τ = ψ / r charges such a frame anyway.
 */
public final class ThroughputEstimator {
  /** Default smoothing weight of the newest sample. */
  public static final double DEFAULT_ALPHA = 0.2;

  /** Default smallest transfer that counts. */
  public static final long DEFAULT_MIN_BYTES = 4096;

  private final double alpha;
  private final long minBytes;
  private double estimate;
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
    final double sample = transfer.bitsPerSecond();
    estimate = samples == 0 ? sample : (1 - alpha) * estimate + alpha * sample;
    samples++;
  }

  /** The estimated rate r_m(t) in bit/s, empty until a transfer counted. */
  public synchronized Optional<Double> bitsPerSecond() {
    return samples == 0 ? Optional.empty() : Optional.of(estimate);
  }

  /** Number of transfers that counted. */
  public synchronized long samples() {
    return samples;
  }
}
