/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A-REP-SLOT-AGGREGATION: per-slot sums capped at one, zero for empty slots, R_init before. */
class ReputationReplayTest {

  private static final long ONE = FixedPointEwma.ONE;
  private final FixedPointEwma ewma = new FixedPointEwma(ONE / 10);

  @Test
  void holdsInitialReputationUntilAfterTheFirstReceiptedSlot() {
    final ReputationReplay replay = new ReputationReplay(ewma, ONE / 2).receipt(7, ONE);
    assertThat(replay.reputationAt(0)).isEqualTo(ONE / 2);
    assertThat(replay.reputationAt(7)).isEqualTo(ONE / 2);
    assertThat(replay.reputationAt(8)).isEqualTo(ewma.step(ONE / 2, ONE));
  }

  @Test
  void sumsSharesWithinASlotAndCapsAtOne() {
    final ReputationReplay capped =
        new ReputationReplay(ewma, 0).receipt(1, ONE * 3 / 4).receipt(1, ONE / 2);
    final ReputationReplay summed =
        new ReputationReplay(ewma, 0).receipt(1, ONE / 4).receipt(1, ONE / 2);
    assertThat(capped.latest()).isEqualTo(ewma.step(0, ONE));
    assertThat(summed.latest()).isEqualTo(ewma.step(0, ONE * 3 / 4));
  }

  @Test
  void emptySlotsContributeZero() {
    final ReputationReplay replay = new ReputationReplay(ewma, ONE / 2).receipt(0, ONE);
    final long afterSlot0 = ewma.step(ONE / 2, ONE);
    assertThat(replay.reputationAt(3)).isEqualTo(ewma.step(ewma.step(afterSlot0, 0), 0));
    replay.receipt(3, ONE / 5);
    assertThat(replay.latest())
        .isEqualTo(ewma.step(ewma.step(ewma.step(afterSlot0, 0), 0), ONE / 5));
  }
}
