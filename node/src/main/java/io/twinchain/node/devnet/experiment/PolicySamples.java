/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import java.util.List;

/**
 * Everything sampled from one policy's devnet.
 *
 * @param policy the controller policy
 * @param twins one sample per twin and slot
 * @param aps one sample per AP and slot
 */
public record PolicySamples(String policy, List<TwinSample> twins, List<ApSample> aps) {

  /** Immutable copies. */
  public PolicySamples {
    twins = List.copyOf(twins);
    aps = List.copyOf(aps);
  }
}
