/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.chain.reputation.ReputationUpdate;
import io.twinchain.offload.latency.Checks;
import java.util.Arrays;
import java.util.Objects;

/**
 * C3 and the off-chain reputation it drives (spec §3.2, §4, §5.4). The contribution is c_k =
 * f^I_k/f^max_k (A-CTRL-CONTRIB-EFFORT).
 *
 * @param gamma Γ_k, the long-term contribution target of each AP, in [0, 1]
 * @param direction which side of Γ_k is required
 * @param reputationUpdate R_k(t+1) from R_k(t) and c_k(t), e.g. the EWMA (A-REP-EWMA)
 * @param initialReputation R_init
 */
// Arrays for the hot loops; copied in and out, and equals/hashCode compare contents.
@SuppressWarnings("ArrayRecordComponent")
public record ReputationConstraint(
    double[] gamma,
    ConstraintDirection direction,
    ReputationUpdate reputationUpdate,
    double initialReputation) {

  public ReputationConstraint {
    gamma = gamma.clone();
    for (final double g : gamma) {
      if (!(g >= 0 && g <= 1)) {
        throw new IllegalArgumentException("Γ_k must be in [0, 1], got " + g);
      }
    }
    Checks.nonNegative("initial reputation", initialReputation);
  }

  @Override
  public double[] gamma() {
    return gamma.clone();
  }

  /** Γ_k. */
  public double gamma(final int ap) {
    return gamma[ap];
  }

  /** c_k = f^I_k / f^max_k, clamped to [0, 1]. */
  public static double contribution(final double inferenceFrequency, final double maxFrequency) {
    return Math.min(1, Math.max(0, inferenceFrequency / maxFrequency));
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof ReputationConstraint that
        && Arrays.equals(gamma, that.gamma)
        && direction == that.direction
        && reputationUpdate.equals(that.reputationUpdate)
        && Double.compare(initialReputation, that.initialReputation) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(gamma), direction, reputationUpdate, initialReputation);
  }

  @Override
  public String toString() {
    return "ReputationConstraint[Γ="
        + Arrays.toString(gamma)
        + ", "
        + direction
        + ", "
        + reputationUpdate
        + ", R_init="
        + initialReputation
        + "]";
  }
}
