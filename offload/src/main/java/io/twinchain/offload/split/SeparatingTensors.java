/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import ai.onnx.proto.OnnxMl.NodeProto;
import io.twinchain.offload.onnx.NodeInputs;
import io.twinchain.offload.onnx.OnnxModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the tensors that separate a graph: every path from the input to the output passes through
 * them, so the nodes downstream of the tensor read nothing input-dependent except the tensor itself
 * and each other. Inside a residual block the skip path bypasses the tensor, so only block
 * boundaries qualify. Constants (weights, shape arithmetic on weights) may be read on either side;
 * the splitter copies them where needed.
 */
final class SeparatingTensors {
  private SeparatingTensors() {}

  /** The input, every separating intermediate tensor in topological order, and the output. */
  static List<String> find(final OnnxModel model) {
    final List<String> cuts = new ArrayList<>();
    cuts.add(model.input().getName());
    for (final NodeProto node : model.nodes()) {
      for (final String tensor : node.getOutputList()) {
        if (model.isDynamic(tensor) && separates(model, tensor)) {
          cuts.add(tensor);
        }
      }
    }
    return cuts;
  }

  /** True if {@code tensor} separates the graph input from the output. */
  static boolean separates(final OnnxModel model, final String tensor) {
    final String output = model.output().getName();
    if (tensor.equals(output)) {
      return true;
    }
    final BitSet tail = GraphClosure.downstream(model, tensor);
    if (model.producer(output).filter(tail::get).isEmpty()) {
      return false;
    }
    for (int i = tail.nextSetBit(0); i >= 0; i = tail.nextSetBit(i + 1)) {
      for (final String read : NodeInputs.of(model.nodes().get(i))) {
        final boolean fromTail = model.producer(read).filter(tail::get).isPresent();
        if (model.isDynamic(read) && !read.equals(tensor) && !fromTail) {
          return false;
        }
      }
    }
    return true;
  }
}
