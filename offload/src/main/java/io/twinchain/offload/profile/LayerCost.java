/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import java.util.List;

/**
 * One row of a model's layer table (spec §2.2), per sample.
 *
 * @param l layer index 0..L
 * @param tensor the cut tensor sent when the partition point is l
 * @param opTypes operators of layer l
 * @param chiFlops χ_l, FLOPs of layer l (0 for l = 0)
 * @param psiBits ψ_l, bits of the cut tensor (ψ_0 = raw input)
 * @param cutShape shape of the cut tensor for one sample (batch dimension 1)
 * @param uncounted nodes of the layer whose FLOPs could not be counted (shapes not declared)
 */
public record LayerCost(
    int l,
    String tensor,
    List<String> opTypes,
    long chiFlops,
    long psiBits,
    long[] cutShape,
    List<String> uncounted) {

  /** Defensive copies. */
  public LayerCost {
    opTypes = List.copyOf(opTypes);
    cutShape = cutShape.clone();
    uncounted = List.copyOf(uncounted);
  }

  @Override
  public long[] cutShape() {
    return cutShape.clone();
  }
}
