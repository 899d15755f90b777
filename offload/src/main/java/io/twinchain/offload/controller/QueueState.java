/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import java.util.Arrays;

/**
 * The controller's state between slots (spec §5.4): virtual queues Z_k(t) for C3 and off-chain
 * reputations R_k(t). Immutable; {@link #next} applies one slot.
 *
 * @param queues Z_k(t) ≥ 0
 * @param reputations R_k(t) ∈ [0, 1]
 */
// Arrays for the hot loops; copied in and out, and equals/hashCode compare contents.
@SuppressWarnings("ArrayRecordComponent")
public record QueueState(double[] queues, double[] reputations) {

  public QueueState {
    if (queues.length != reputations.length) {
      throw new IllegalArgumentException("need one queue and one reputation per AP");
    }
    queues = queues.clone();
    reputations = reputations.clone();
    for (final double z : queues) {
      if (!(z >= 0) || Double.isInfinite(z)) {
        throw new IllegalArgumentException("queues must be finite and >= 0, got " + z);
      }
    }
  }

  /** Z_k(0) = 0, R_k(0) = R_init. */
  public static QueueState initial(final ReputationConstraint constraint) {
    final int aps = constraint.gamma().length;
    final double[] reputations = new double[aps];
    Arrays.fill(reputations, constraint.initialReputation());
    return new QueueState(new double[aps], reputations);
  }

  /**
   * Z_k(t+1) = max(Z_k + Γ_k − c_k, 0) (or its AT_MOST mirror) and R_k(t+1) from the reputation
   * update, for the contributions c_k(t) realised in slot t.
   */
  public QueueState next(
      final double[] contributions, final ReputationConstraint constraint, final long slot) {
    final double[] z = new double[queues.length];
    final double[] r = new double[queues.length];
    for (int k = 0; k < z.length; k++) {
      z[k] =
          Math.max(
              0,
              queues[k] + constraint.direction().violation(constraint.gamma(k), contributions[k]));
      r[k] = constraint.reputationUpdate().next(reputations[k], contributions[k], slot);
    }
    return new QueueState(z, r);
  }

  /** Z_k. */
  public double queue(final int ap) {
    return queues[ap];
  }

  /** Σ_k Z_k, the backlog. */
  public double backlog() {
    return Arrays.stream(queues).sum();
  }

  @Override
  public double[] queues() {
    return queues.clone();
  }

  @Override
  public double[] reputations() {
    return reputations.clone();
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof QueueState that
        && Arrays.equals(queues, that.queues)
        && Arrays.equals(reputations, that.reputations);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(queues) + Arrays.hashCode(reputations);
  }

  @Override
  public String toString() {
    return "QueueState[Z=" + Arrays.toString(queues) + ", R=" + Arrays.toString(reputations) + "]";
  }
}
