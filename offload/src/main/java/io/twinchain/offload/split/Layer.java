/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import java.util.List;

/**
 * Layer {@code index} of the spec's partition (§2.1): the nodes between cut {@code index − 1} and
 * cut {@code index}, whose output {@code tensor} is what the gateway sends when l = index. Layer 0
 * is the raw input and has no nodes.
 *
 * @param index l ∈ {0..L}
 * @param tensor the cut tensor (layer output)
 * @param nodes indexes into {@link io.twinchain.offload.onnx.OnnxModel#nodes()}
 * @param opTypes the nodes' operator types, e.g. [Conv, Relu]
 */
public record Layer(int index, String tensor, List<Integer> nodes, List<String> opTypes) {

  /** Defensive copies. */
  public Layer {
    nodes = List.copyOf(nodes);
    opTypes = List.copyOf(opTypes);
  }
}
