/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One twin in one controller slot: the cut the controller decided, the cut its gateway actually ran
 * with (empty when the twin had no window to classify in that slot), and the measured latency.
 *
 * @param slot the controller slot
 * @param gateway the gateway's name
 * @param twin the twin id
 * @param decidedCut the cut in the slot's decision; empty without a decision
 * @param previousCut the cut of the slot before (in force until this slot's decision arrives)
 * @param usedCut the cut the gateway's offload loop used ({@code dnn_getPartition})
 * @param inferenceShare f^I/f^max of the twin's AP in the slot's decision
 * @param tailMillis the measured tail (AP) time
 * @param totalMillis the measured end-to-end inference latency
 */
public record TwinSample(
    long slot,
    String gateway,
    String twin,
    OptionalInt decidedCut,
    OptionalInt previousCut,
    OptionalInt usedCut,
    OptionalDouble inferenceShare,
    OptionalDouble tailMillis,
    OptionalDouble totalMillis) {

  /** Whether the twin was classified in the slot. */
  public boolean classified() {
    return usedCut.isPresent() && totalMillis.isPresent();
  }

  /** Whether the cut used is the one decided for this very slot. */
  public boolean matchesDecision() {
    return usedCut.isPresent()
        && decidedCut.isPresent()
        && usedCut.getAsInt() == decidedCut.getAsInt();
  }

  /**
   * Whether the cut used is one that was in force during the slot: this slot's (after its decision
   * arrived, at 30% of the slot) or the previous slot's (before).
   */
  public boolean matchesDecisionInForce() {
    return matchesDecision()
        || (usedCut.isPresent()
            && previousCut.isPresent()
            && usedCut.getAsInt() == previousCut.getAsInt());
  }
}
