/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import java.util.OptionalDouble;

/**
 * One AP in one controller slot: the split the controller decided, and what the AP and the chain
 * show late in the slot.
 *
 * @param slot the controller slot
 * @param ap the AP's name ({@code ap-1} ...)
 * @param inferenceShare decided f^I/f^max; empty without a decision
 * @param miningShare decided f^B/f^max
 * @param previousMiningShare f^B/f^max of the slot before, mostly in force over the hash-rate
 *     meter's window
 * @param hashRate measured hashes per second ({@code eth_hashrate})
 * @param reputation R_k in ReputationRegistry ({@code rep_list})
 * @param difficultyFactor δ_k/δ_0 the reputation buys
 */
public record ApSample(
    long slot,
    String ap,
    OptionalDouble inferenceShare,
    OptionalDouble miningShare,
    OptionalDouble previousMiningShare,
    OptionalDouble hashRate,
    OptionalDouble reputation,
    OptionalDouble difficultyFactor) {

  /**
   * f^B/f^max in force over most of the hash-rate meter's window: the previous slot's share. The
   * meter averages over the last second at its own phase, so a reading at 80% of slot s covers on
   * average three quarters of the time from 30% of slot s − 1 (when decision s − 1 applied) to 30%
   * of slot s (assumption A-CTRL-LIVE-EXPERIMENT-STATS).
   */
  public OptionalDouble meteredMiningShare() {
    return previousMiningShare;
  }
}
