/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

/**
 * Direction of the long-term reputation constraint C3 (spec §4: "the direction of C3 is a guess").
 * AT_LEAST is assumption A-CTRL-C3-LOWER (default); AT_MOST is its configurable opposite.
 */
public enum ConstraintDirection {
  /** (1/T)Σ c_k(t) ≥ Γ_k: every AP keeps contributing; Z_k grows by Γ_k − c_k. */
  AT_LEAST(1),
  /** (1/T)Σ c_k(t) ≤ Γ_k; Z_k grows by c_k − Γ_k. */
  AT_MOST(-1);

  private final int sign;

  ConstraintDirection(final int sign) {
    this.sign = sign;
  }

  /** The per-slot violation Γ − c (AT_LEAST) or c − Γ (AT_MOST) that feeds the queue. */
  public double violation(final double gamma, final double contribution) {
    return sign * (gamma - contribution);
  }

  /** The weight of c_k in P2's −Σ weight·c_k term: +Z_k for AT_LEAST, −Z_k for AT_MOST. */
  public double weight(final double queue) {
    return sign * queue;
  }
}
