/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The hash rate the miner may spend: H_k = f^B_k / ω hashes per second (spec §3.2), or no limit.
 *
 * @param hashesPerSecond the limit; {@link Double#POSITIVE_INFINITY} means unthrottled
 * @see <a href="../../../../../../../../shared/spec/bdt-model.md">bdt-model.md §3.2</a>
 */
public record MiningRate(double hashesPerSecond) {

  /** No limit: the miner hashes as fast as its threads can. */
  public static final MiningRate UNTHROTTLED = new MiningRate(Double.POSITIVE_INFINITY);

  /** Not mining at all. */
  public static final MiningRate PAUSED = new MiningRate(0);

  public MiningRate {
    checkArgument(hashesPerSecond >= 0, "hash rate must be >= 0, got %s", hashesPerSecond);
  }

  /**
   * The rate the controller's allocation buys.
   *
   * @param cyclesPerSecond f^B_k, the AP frequency given to block generation
   * @param cyclesPerHash ω, cycles one hash costs (genesis {@code cyclesPerHash})
   */
  public static MiningRate fromFrequency(final double cyclesPerSecond, final double cyclesPerHash) {
    checkArgument(cyclesPerHash > 0, "cycles per hash must be > 0, got %s", cyclesPerHash);
    return new MiningRate(cyclesPerSecond / cyclesPerHash);
  }

  /** Whether there is no limit. */
  public boolean isUnthrottled() {
    return Double.isInfinite(hashesPerSecond);
  }
}
