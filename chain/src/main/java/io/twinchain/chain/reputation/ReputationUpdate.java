/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.reputation;

/**
 * One slot's off-chain reputation update R_k(t+1) = f(R_k(t), c_k(t), t) from the AP's contribution
 * c_k(t) ∈ [0, 1] (spec §3.2).
 */
public interface ReputationUpdate {

  /**
   * Next reputation.
   *
   * @param current R_k(t) in [0, 1]
   * @param contribution c_k(t) in [0, 1]
   * @param slot t, counted from 0
   * @return R_k(t+1) in [0, 1]
   */
  double next(double current, double contribution, long slot);
}
