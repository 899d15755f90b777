/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.chain.reputation.EwmaReputation;
import io.twinchain.offload.latency.BlockLatency;
import org.junit.jupiter.api.Test;

/** Spec §5.1, §5.4: Z ← max(Z + Γ − c, 0), never negative; R ← EWMA; E[τ^bg] = 1/Σλ. */
class QueueStateTest {

  private final ReputationConstraint constraint =
      new ReputationConstraint(
          new double[] {0.5, 0.5}, ConstraintDirection.AT_LEAST, new EwmaReputation(0.1), 0.5);

  @Test
  void queuesGrowByTheShortfallAndNeverGoNegative() {
    final QueueState start = QueueState.initial(constraint);
    final QueueState next = start.next(new double[] {0.2, 0.9}, constraint, 0);
    assertThat(next.queue(0)).isCloseTo(0.3, within(1e-12));
    assertThat(next.queue(1)).isZero();
    final QueueState after = next.next(new double[] {0.9, 0.9}, constraint, 1);
    assertThat(after.queue(0)).isZero();
    assertThat(after.reputations()[0])
        .isCloseTo(0.9 * (0.9 * 0.5 + 0.1 * 0.2) + 0.09, within(1e-12));
  }

  @Test
  void atMostMirrorsTheQueue() {
    final ReputationConstraint upper =
        new ReputationConstraint(
            new double[] {0.5}, ConstraintDirection.AT_MOST, new EwmaReputation(0.1), 0.5);
    assertThat(QueueState.initial(upper).next(new double[] {0.8}, upper, 0).queue(0))
        .isCloseTo(0.3, within(1e-12));
  }

  @Test
  void expectedBlockTimeIsTheInverseTotalRate() {
    // λ = 1.5e9 / (1000 × 1e6) = 1.5 per second each → E = 1/3 s
    assertThat(BlockLatency.expected(new double[] {1.5e9, 1.5e9}, 1000, new double[] {1e6, 1e6}))
        .isCloseTo(1.0 / 3, within(1e-12));
    assertThat(BlockLatency.expected(new double[] {0, 0}, 1000, new double[] {1e6, 1e6}))
        .isInfinite();
  }
}
