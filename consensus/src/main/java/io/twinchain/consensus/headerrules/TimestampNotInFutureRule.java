/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static com.google.common.base.Preconditions.checkArgument;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.DetachedHeaderRule;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.miner.TimeProvider;

/**
 * The timestamp is at most {@code maxDriftSeconds} ahead of the local clock, so a miner cannot
 * post-date blocks to shorten the interval retargeting sees. A block refused now may be valid later
 * (gossip should treat it as "save for future"). Assumption A-CONS-TIMESTAMP.
 */
public final class TimestampNotInFutureRule implements DetachedHeaderRule {

  /** Default allowed clock drift, as Ethereum clients allow. */
  public static final long DEFAULT_MAX_DRIFT_SECONDS = 15;

  private final TimeProvider time;
  private final long maxDriftSeconds;

  public TimestampNotInFutureRule(final TimeProvider time, final long maxDriftSeconds) {
    checkArgument(maxDriftSeconds >= 0, "drift must be >= 0 s, got %s", maxDriftSeconds);
    this.time = time;
    this.maxDriftSeconds = maxDriftSeconds;
  }

  @Override
  public ValidationResult validate(final BlockHeader header, final BlockHeader parent) {
    final long latest = time.epochSeconds() + maxDriftSeconds;
    return ValidationResult.check(
        header.timestamp() <= latest,
        () ->
            InvalidReason.mismatch(
                ConsensusReason.TIMESTAMP_TOO_FAR_IN_FUTURE,
                "timestamp",
                "at most " + latest,
                header.timestamp()));
  }
}
