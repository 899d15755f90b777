/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

/**
 * η = 1/(t+1): reputation is the running mean of all contributions so far. Assumption A-REP-MEAN
 * (spec §3.2 [RECON]), an alternative to {@link EwmaReputation}.
 */
public record RunningMeanReputation() implements ReputationUpdate {

  @Override
  public double next(final double current, final double contribution, final long slot) {
    if (slot < 0) {
      throw new IllegalArgumentException("slot must be >= 0, got " + slot);
    }
    final double eta = 1.0 / (slot + 1);
    return (1 - eta) * Reputations.clamp(current) + eta * Reputations.clamp(contribution);
  }
}
