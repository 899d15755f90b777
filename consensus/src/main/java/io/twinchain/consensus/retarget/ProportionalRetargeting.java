/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.retarget;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;

/**
 * δ_0' = δ_0 · (1 + (T − min(Δt, c·T)) / (q·T)), at least 1 (assumption A-CONS-RETARGET), after
 * Ethereum's Homestead rule but proportional rather than bucketed, with the period T from genesis
 * {@code blockPeriodSeconds}.
 *
 * <p>Block intervals are exponential with mean proportional to δ_0 (spec §3.2: E[τ^bg] = 1/Σλ_k,
 * λ_k ∝ 1/δ_0), so the expected step is zero exactly when the mean interval is T; a block at most
 * raises δ_0 by 1/q and, through the cap c on the interval, lowers it by at most (c − 1)/q. The
 * residual bias of the log-drift is about 1/(2q) of T. Integer arithmetic keeps every node's result
 * identical.
 *
 * @param blockPeriodMillis T, the target mean interval
 * @param damping q ≥ 2: larger is smoother but slower to follow hash-power changes
 * @param intervalCap c > 1: intervals longer than c·T count as c·T, bounding a single step
 */
public record ProportionalRetargeting(long blockPeriodMillis, long damping, long intervalCap)
    implements RetargetingRule {

  /** Default q. */
  public static final long DEFAULT_DAMPING = 32;

  /** Default c. */
  public static final long DEFAULT_INTERVAL_CAP = 10;

  public ProportionalRetargeting {
    checkArgument(
        blockPeriodMillis >= 1, "block period must be >= 1 ms, got %s", blockPeriodMillis);
    checkArgument(damping >= 2, "damping must be >= 2, got %s", damping);
    checkArgument(intervalCap > 1, "interval cap must be > 1, got %s", intervalCap);
    checkArgument(
        intervalCap < damping, "interval cap %s must stay below damping %s", intervalCap, damping);
  }

  /** The default rule for a block period. */
  public static ProportionalRetargeting forPeriod(final long blockPeriodMillis) {
    return new ProportionalRetargeting(blockPeriodMillis, DEFAULT_DAMPING, DEFAULT_INTERVAL_CAP);
  }

  @Override
  public long nextBaseDifficulty(final long parentBaseDifficulty, final long parentIntervalMillis) {
    checkArgument(
        parentBaseDifficulty >= 1, "base difficulty must be >= 1: %s", parentBaseDifficulty);
    checkArgument(parentIntervalMillis >= 0, "interval must be >= 0: %s", parentIntervalMillis);
    final long interval = Math.min(parentIntervalMillis, intervalCap * blockPeriodMillis);
    final BigInteger base = BigInteger.valueOf(parentBaseDifficulty);
    final BigInteger numerator =
        BigInteger.valueOf(damping * blockPeriodMillis + blockPeriodMillis - interval);
    final BigInteger next =
        base.multiply(numerator).divide(BigInteger.valueOf(damping * blockPeriodMillis));
    return Math.max(1, next.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact());
  }
}
