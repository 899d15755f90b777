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
 * @param previousMiningShare f^B/f^max of the slot before; the hash-rate meter's 1 s window spans
 *     the end of that slot and the start of this one
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
   * f^B/f^max over the meter's window: the mean of this slot's and the previous slot's share (the
   * meter samples once a second at its own phase), or this slot's when the previous is unknown.
   */
  public OptionalDouble meteredMiningShare() {
    if (miningShare.isEmpty() || previousMiningShare.isEmpty()) {
      return miningShare;
    }
    return OptionalDouble.of((miningShare.getAsDouble() + previousMiningShare.getAsDouble()) / 2);
  }
}
