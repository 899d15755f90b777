/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import io.twinchain.offload.onnx.OnnxModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The layers 0..L of a model, one per cut point. Separating tensors ({@link SeparatingTensors})
 * become cuts, except that a segment made only of cheap shape-preserving or reshaping operators
 * (activation, batch norm, flatten, ...) is merged into the layer before it, so "conv3x3 + ReLU" is
 * one layer as in spec §6.2 and a cut never falls between a convolution and its activation.
 * Assumption {@code A-OFFLOAD-LAYER-GROUPING} (ASSUMPTIONS.md).
 */
public final class ModelLayers {
  private static final Set<String> FOLDED_OPS =
      Set.of(
          "Relu",
          "LeakyRelu",
          "PRelu",
          "Elu",
          "Selu",
          "Sigmoid",
          "HardSigmoid",
          "HardSwish",
          "Tanh",
          "Clip",
          "Softplus",
          "Gelu",
          "BatchNormalization",
          "Dropout",
          "Identity",
          "Flatten",
          "Reshape",
          "Squeeze",
          "Unsqueeze");

  private final OnnxModel model;
  private final List<Layer> layers;

  private ModelLayers(final OnnxModel model, final List<Layer> layers) {
    this.model = model;
    this.layers = List.copyOf(layers);
  }

  /** Finds the cut points of {@code model}. */
  public static ModelLayers of(final OnnxModel model) {
    final List<Layer> layers = new ArrayList<>();
    BitSet before = new BitSet();
    for (final String tensor : SeparatingTensors.find(model)) {
      final BitSet upTo = GraphClosure.dynamicUpstream(model, tensor);
      final BitSet segment = (BitSet) upTo.clone();
      segment.andNot(before);
      final List<Integer> nodes = segment.stream().boxed().toList();
      final List<String> ops = nodes.stream().map(i -> model.nodes().get(i).getOpType()).toList();
      if (layers.size() > 1 && FOLDED_OPS.containsAll(ops)) {
        final Layer previous = layers.removeLast();
        layers.add(merge(previous, tensor, nodes, ops));
      } else if (layers.isEmpty() || !nodes.isEmpty()) {
        layers.add(new Layer(layers.size(), tensor, nodes, ops));
      }
      before = upTo;
    }
    return new ModelLayers(model, layers);
  }

  private static Layer merge(
      final Layer previous,
      final String tensor,
      final List<Integer> nodes,
      final List<String> ops) {
    final List<Integer> allNodes = new ArrayList<>(previous.nodes());
    allNodes.addAll(nodes);
    final List<String> allOps = new ArrayList<>(previous.opTypes());
    allOps.addAll(ops);
    return new Layer(previous.index(), tensor, allNodes, allOps);
  }

  /** The model these layers partition. */
  public OnnxModel model() {
    return model;
  }

  /** L: the number of layers, the largest partition point. */
  public int depth() {
    return layers.size() - 1;
  }

  /** Layers 0..L. */
  public List<Layer> layers() {
    return layers;
  }

  /** Layer {@code l}; throws {@link CutPointOutOfRangeException} outside 0..L. */
  public Layer layer(final int l) {
    if (l < 0 || l > depth()) {
      throw new CutPointOutOfRangeException(l, depth());
    }
    return layers.get(l);
  }
}
