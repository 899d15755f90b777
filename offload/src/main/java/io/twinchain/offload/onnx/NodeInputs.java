/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The tensors a node reads: its explicit inputs plus the outer-scope names its subgraphs (If, Loop,
 * Scan bodies) capture. A split must keep both on the same side as the node.
 */
public final class NodeInputs {
  private NodeInputs() {}

  /** Every tensor name {@code node} reads, explicit inputs first; empty names (omitted) skipped. */
  public static Set<String> of(final NodeProto node) {
    final Set<String> names = new LinkedHashSet<>();
    for (final String input : node.getInputList()) {
      if (!input.isEmpty()) {
        names.add(input);
      }
    }
    for (final AttributeProto attribute : node.getAttributeList()) {
      if (attribute.hasG()) {
        names.addAll(captured(attribute.getG()));
      }
      for (final GraphProto graph : attribute.getGraphsList()) {
        names.addAll(captured(graph));
      }
    }
    return names;
  }

  private static Set<String> captured(final GraphProto graph) {
    final Set<String> local = new HashSet<>();
    graph.getInputList().forEach(input -> local.add(input.getName()));
    graph.getInitializerList().forEach(init -> local.add(init.getName()));
    graph.getNodeList().forEach(node -> local.addAll(node.getOutputList()));
    final Set<String> outer = new LinkedHashSet<>();
    for (final NodeProto node : graph.getNodeList()) {
      for (final String name : of(node)) {
        if (!local.contains(name)) {
          outer.add(name);
        }
      }
    }
    return outer;
  }
}
