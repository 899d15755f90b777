/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import io.twinchain.offload.sim.Estimate;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * What one policy's samples show.
 *
 * @param policy the controller policy
 * @param latencyPerSlot mean measured end-to-end latency (ms) of the twins classified in each slot
 * @param timeAverage the time average of {@code latencyPerSlot} with a 95% batch-means interval
 * @param inferences twin classifications sampled
 * @param withDecision classifications whose slot has a decision on record
 * @param matchingDecision of those, how many used the slot's decided cut
 * @param matchingInForce of those, how many used the slot's or the previous slot's cut
 * @param tailVsShare correlation of the AP's decided f^I share with the measured tail time
 * @param hashRateVsShare correlation of an AP's f^B over the meter's window ({@link
 *     ApSample#meteredMiningShare}) with its measured hash rate
 * @param reputation per AP: first and last R_k sampled
 * @param difficultyFactor per AP: smallest and largest δ_k/δ_0 sampled
 */
public record PolicyResult(
    String policy,
    SortedMap<Long, Double> latencyPerSlot,
    Estimate timeAverage,
    int inferences,
    int withDecision,
    int matchingDecision,
    int matchingInForce,
    OptionalDouble tailVsShare,
    OptionalDouble hashRateVsShare,
    Map<String, double[]> reputation,
    Map<String, double[]> difficultyFactor) {

  /** The share of classifications that used a cut in force in their slot. */
  public double followedInForce() {
    return withDecision == 0 ? 0 : (double) matchingInForce / withDecision;
  }

  /** The share of classifications that used exactly the slot's decided cut. */
  public double followedExactly() {
    return withDecision == 0 ? 0 : (double) matchingDecision / withDecision;
  }
}
