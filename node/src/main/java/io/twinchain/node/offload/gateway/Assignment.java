/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.keys.NodeId;

/**
 * Where and how one twin's DNN runs in a slot.
 *
 * @param modelId the zoo model
 * @param cut the partition point l_n(t): the gateway runs layers 1..l, the AP the rest
 * @param ap the AP that runs the tail
 */
public record Assignment(String modelId, int cut, NodeId ap) {

  /** Rejects a negative cut; the upper bound depends on the model and is checked when run. */
  public Assignment {
    if (cut < 0) {
      throw new IllegalArgumentException("cut must be >= 0, was " + cut);
    }
  }
}
