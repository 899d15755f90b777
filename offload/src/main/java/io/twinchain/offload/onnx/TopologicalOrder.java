/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders a graph's nodes so every node follows the producers of what it reads. ONNX requires this
 * order already; models from tools that ignore it are reordered, stably, rather than rejected.
 */
final class TopologicalOrder {
  private TopologicalOrder() {}

  static List<NodeProto> sort(final List<NodeProto> nodes, final Set<String> available) {
    final Set<String> ready = new HashSet<>(available);
    final List<NodeProto> pending = new ArrayList<>(nodes);
    final List<NodeProto> ordered = new ArrayList<>(nodes.size());
    while (!pending.isEmpty()) {
      final int before = ordered.size();
      for (int i = 0; i < pending.size(); i++) {
        final NodeProto node = pending.get(i);
        if (ready.containsAll(NodeInputs.of(node))) {
          ordered.add(node);
          ready.addAll(node.getOutputList());
          pending.remove(i--);
        }
      }
      if (ordered.size() == before) {
        throw new UnsupportedModelException(
            "graph has a cycle or reads an undefined tensor at node '"
                + pending.getFirst().getName()
                + "' ("
                + pending.getFirst().getOpType()
                + ")");
      }
    }
    return ordered;
  }
}
