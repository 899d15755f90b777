/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.twinchain.offload.onnx.NodeInputs;
import io.twinchain.offload.onnx.OnnxModel;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a model into head and tail ModelProtos at one of its {@link ModelLayers}. Each part keeps
 * the nodes it needs in their original order, the initializers those nodes read and the value_info
 * of the tensors it produces; constant subgraphs read on both sides are copied into both. A cut
 * tensor without a declared type is declared float32, the element type of every zoo model.
 */
public final class ModelSplitter {
  private final ModelLayers layers;

  /** A splitter over the cut points of one model. */
  public ModelSplitter(final ModelLayers layers) {
    this.layers = layers;
  }

  /** Splits at partition point {@code l}; throws {@link CutPointOutOfRangeException}. */
  public ModelPartition split(final int l) {
    final String cut = layers.layer(l).tensor();
    final OnnxModel model = layers.model();
    final Optional<ModelProto> head = l == 0 ? Optional.empty() : Optional.of(head(model, cut, l));
    final Optional<ModelProto> tail =
        l == layers.depth() ? Optional.empty() : Optional.of(tail(model, cut, l));
    return new ModelPartition(l, cut, head, tail);
  }

  private static ModelProto head(final OnnxModel model, final String cut, final int l) {
    final BitSet nodes = GraphClosure.upstream(model, cut);
    return part(model, nodes, model.input(), declared(model, cut), "head_" + l);
  }

  private static ModelProto tail(final OnnxModel model, final String cut, final int l) {
    final BitSet nodes = GraphClosure.downstream(model, cut);
    for (int i = nodes.nextSetBit(0); i >= 0; i = nodes.nextSetBit(i + 1)) {
      for (final String read : NodeInputs.of(model.nodes().get(i))) {
        if (!model.isDynamic(read)) {
          GraphClosure.addUpstream(model, read, nodes);
        }
      }
    }
    return part(model, nodes, declared(model, cut), model.output(), "tail_" + l);
  }

  private static ValueInfoProto declared(final OnnxModel model, final String tensor) {
    return model
        .valueInfo(tensor)
        .orElseGet(
            () ->
                ValueInfoProto.newBuilder()
                    .setName(tensor)
                    .setType(
                        TypeProto.newBuilder()
                            .setTensorType(
                                TypeProto.Tensor.newBuilder()
                                    .setElemType(TensorProto.DataType.FLOAT_VALUE)))
                    .build());
  }

  private static ModelProto part(
      final OnnxModel model,
      final BitSet nodes,
      final ValueInfoProto input,
      final ValueInfoProto output,
      final String suffix) {
    final GraphProto original = model.proto().getGraph();
    final GraphProto.Builder graph =
        GraphProto.newBuilder().setName(original.getName() + "_" + suffix);
    final Set<String> reads = new HashSet<>();
    final Set<String> produced = new HashSet<>();
    for (int i = nodes.nextSetBit(0); i >= 0; i = nodes.nextSetBit(i + 1)) {
      final NodeProto node = model.nodes().get(i);
      graph.addNode(node);
      reads.addAll(NodeInputs.of(node));
      produced.addAll(node.getOutputList());
    }
    original.getInitializerList().stream()
        .filter(init -> reads.contains(init.getName()))
        .forEach(graph::addInitializer);
    original.getValueInfoList().stream()
        .filter(info -> produced.contains(info.getName()))
        .filter(info -> !info.getName().equals(output.getName()))
        .forEach(graph::addValueInfo);
    graph.addInput(input).addOutput(output);
    return model.proto().toBuilder().setGraph(graph).build();
  }
}
