/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.onnx;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ONNX model indexed for partitioning: nodes in topological order, who produces and who consumes
 * each tensor, which tensors depend on the graph input ("dynamic") and which are constants, and the
 * declared type of each tensor. Partitioning needs exactly one graph input and one graph output
 * (the spec's ψ_0 and ψ_L), so other models are rejected with {@link UnsupportedModelException}.
 */
public final class OnnxModel {
  private final ModelProto proto;
  private final List<NodeProto> nodes;
  private final Map<String, Integer> producers = new HashMap<>();
  private final Map<String, List<Integer>> consumers = new HashMap<>();
  private final Set<String> initializers = new HashSet<>();
  private final Set<String> dynamic = new HashSet<>();
  private final Map<String, ValueInfoProto> valueInfos = new HashMap<>();
  private final ValueInfoProto input;
  private final ValueInfoProto output;

  private OnnxModel(final ModelProto proto) {
    this.proto = proto;
    proto.getGraph().getInitializerList().forEach(init -> initializers.add(init.getName()));
    final List<ValueInfoProto> inputs = new ArrayList<>();
    for (final ValueInfoProto info : proto.getGraph().getInputList()) {
      if (!initializers.contains(info.getName())) {
        inputs.add(info);
      }
    }
    if (inputs.size() != 1 || proto.getGraph().getOutputCount() != 1) {
      throw new UnsupportedModelException(
          "partitioning needs exactly one graph input and one output, model has "
              + inputs.size()
              + " inputs and "
              + proto.getGraph().getOutputCount()
              + " outputs");
    }
    this.input = inputs.getFirst();
    this.output = proto.getGraph().getOutput(0);
    final Set<String> available = new HashSet<>(initializers);
    available.add(input.getName());
    this.nodes = TopologicalOrder.sort(proto.getGraph().getNodeList(), available);
    index();
  }

  private void index() {
    proto.getGraph().getValueInfoList().forEach(info -> valueInfos.put(info.getName(), info));
    valueInfos.put(input.getName(), input);
    valueInfos.put(output.getName(), output);
    dynamic.add(input.getName());
    for (int i = 0; i < nodes.size(); i++) {
      final NodeProto node = nodes.get(i);
      boolean readsInput = false;
      for (final String name : NodeInputs.of(node)) {
        consumers.computeIfAbsent(name, key -> new ArrayList<>()).add(i);
        readsInput |= dynamic.contains(name);
      }
      for (final String name : node.getOutputList()) {
        producers.put(name, i);
        if (readsInput) {
          dynamic.add(name);
        }
      }
    }
  }

  /** Parses a serialized model. */
  public static OnnxModel parse(final byte[] bytes) {
    try {
      return new OnnxModel(ModelProto.parseFrom(bytes));
    } catch (final InvalidProtocolBufferException e) {
      throw new UnsupportedModelException("not an ONNX ModelProto: " + e.getMessage(), e);
    }
  }

  /** Reads and parses a {@code .onnx} file. */
  public static OnnxModel load(final Path file) throws IOException {
    return parse(Files.readAllBytes(file));
  }

  /** The model as read. */
  public ModelProto proto() {
    return proto;
  }

  /** Nodes in topological order; indexes below refer to this list. */
  public List<NodeProto> nodes() {
    return nodes;
  }

  /** Index of the node producing {@code tensor}; empty for the input, initializers and unknowns. */
  public Optional<Integer> producer(final String tensor) {
    return Optional.ofNullable(producers.get(tensor));
  }

  /** Indexes of the nodes reading {@code tensor}, explicitly or from a subgraph. */
  public List<Integer> consumers(final String tensor) {
    return consumers.getOrDefault(tensor, List.of());
  }

  /** True if {@code tensor} is an initializer (a weight). */
  public boolean isInitializer(final String tensor) {
    return initializers.contains(tensor);
  }

  /** True if {@code tensor} depends on the graph input; false for weights and constant folds. */
  public boolean isDynamic(final String tensor) {
    return dynamic.contains(tensor);
  }

  /** Declared type and shape of {@code tensor}, if the model carries it. */
  public Optional<ValueInfoProto> valueInfo(final String tensor) {
    return Optional.ofNullable(valueInfos.get(tensor));
  }

  /** The graph input. */
  public ValueInfoProto input() {
    return input;
  }

  /** The graph output. */
  public ValueInfoProto output() {
    return output;
  }
}
