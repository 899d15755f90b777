/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.keys.NodeId;

/**
 * Whether an AP has a positive inference share f^I_k in a slot under the decision in force there.
 * The gateway sends work only to an AP that has one; an AP with f^I_k = 0 refuses every tail
 * ({@code NO_INFERENCE_SHARE}).
 */
@FunctionalInterface
public interface ApShares {

  /** Every AP serves: no controller decides the shares. */
  ApShares ALWAYS = (ap, slot) -> true;

  /** True if {@code ap} may be sent work in {@code slot}. */
  boolean serves(NodeId ap, long slot);
}
