/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.reputation;

import com.google.common.base.Preconditions;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Recomputes one AP's reputation from its receipts slot by slot, the way the spec states it, as the
 * reference the ReputationRegistry contract must match to the last fixed-point unit.
 *
 * <p>Assumption A-REP-SLOT-AGGREGATION: the contribution of a slot is the sum of the shares of the
 * AP's receipts for that slot, capped at ONE; every slot after the AP's first receipted slot and
 * without receipts contributes 0; before its first receipt the AP holds R_init.
 */
public final class ReputationReplay {

  private final FixedPointEwma ewma;
  private final long initialReputation;
  private final SortedMap<Long, Long> contributionBySlot = new TreeMap<>();

  /**
   * @param ewma the slot step
   * @param initialReputation R_init scaled by ONE
   */
  public ReputationReplay(final FixedPointEwma ewma, final long initialReputation) {
    Preconditions.checkArgument(
        initialReputation >= 0 && initialReputation <= FixedPointEwma.ONE,
        "initial reputation out of [0, ONE]: %s",
        initialReputation);
    this.ewma = ewma;
    this.initialReputation = initialReputation;
  }

  /** Adds one receipt's share (scaled by ONE) to the AP's contribution in {@code slot}. */
  public ReputationReplay receipt(final long slot, final long share) {
    Preconditions.checkArgument(slot >= 0, "slot must be >= 0, got %s", slot);
    Preconditions.checkArgument(
        share >= 0 && share <= FixedPointEwma.ONE, "share out of [0, ONE]: %s", share);
    contributionBySlot.merge(slot, share, (a, b) -> Math.min(FixedPointEwma.ONE, a + b));
    return this;
  }

  /** R_k(slot): the reputation at the start of {@code slot}, after every earlier slot. */
  public long reputationAt(final long slot) {
    if (contributionBySlot.isEmpty() || slot <= contributionBySlot.firstKey()) {
      return initialReputation;
    }
    long reputation = initialReputation;
    for (long t = contributionBySlot.firstKey(); t < slot; t++) {
      reputation = ewma.step(reputation, contributionBySlot.getOrDefault(t, 0L));
    }
    return reputation;
  }

  /** The reputation after the AP's latest slot with receipts (R_init when none). */
  public long latest() {
    return contributionBySlot.isEmpty()
        ? initialReputation
        : reputationAt(contributionBySlot.lastKey() + 1);
  }
}
