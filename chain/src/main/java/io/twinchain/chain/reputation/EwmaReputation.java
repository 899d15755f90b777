/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

/**
 * R(t+1) = (1 − η)·R(t) + η·c(t). Assumption A-REP-EWMA (spec §3.2 [RECON]), the default with η =
 * 0.1. With the EWMA, a long-term constraint on c and one on R are the same constraint (spec §4).
 */
public record EwmaReputation(double eta) implements ReputationUpdate {

  public EwmaReputation {
    if (!(eta > 0 && eta <= 1)) {
      throw new IllegalArgumentException("eta must be in (0, 1], got " + eta);
    }
  }

  @Override
  public double next(final double current, final double contribution, final long slot) {
    return (1 - eta) * Reputations.clamp(current) + eta * Reputations.clamp(contribution);
  }
}
