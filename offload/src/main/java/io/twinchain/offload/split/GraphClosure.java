/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import io.twinchain.offload.onnx.NodeInputs;
import io.twinchain.offload.onnx.OnnxModel;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/** Reachability over an {@link OnnxModel}'s nodes, as bit sets of node indexes. */
final class GraphClosure {
  private GraphClosure() {}

  /** Nodes that read {@code tensor}, directly or through other nodes. */
  static BitSet downstream(final OnnxModel model, final String tensor) {
    final BitSet seen = new BitSet();
    final Deque<String> work = new ArrayDeque<>();
    work.add(tensor);
    while (!work.isEmpty()) {
      for (final int node : model.consumers(work.poll())) {
        if (!seen.get(node)) {
          seen.set(node);
          work.addAll(model.nodes().get(node).getOutputList());
        }
      }
    }
    return seen;
  }

  /** Nodes {@code tensor} needs, itself included ({@code upstream} of a graph input is empty). */
  static BitSet upstream(final OnnxModel model, final String tensor) {
    final BitSet seen = new BitSet();
    addUpstream(model, tensor, seen);
    return seen;
  }

  /** Adds the producers of {@code tensor} and all their ancestors to {@code seen}. */
  static void addUpstream(final OnnxModel model, final String tensor, final BitSet seen) {
    final Deque<String> work = new ArrayDeque<>();
    work.add(tensor);
    while (!work.isEmpty()) {
      model
          .producer(work.poll())
          .filter(node -> !seen.get(node))
          .ifPresent(
              node -> {
                seen.set(node);
                work.addAll(NodeInputs.of(model.nodes().get(node)));
              });
    }
  }

  /** {@code upstream} restricted to nodes that depend on the graph input. */
  static BitSet dynamicUpstream(final OnnxModel model, final String tensor) {
    final BitSet nodes = upstream(model, tensor);
    for (int i = nodes.nextSetBit(0); i >= 0; i = nodes.nextSetBit(i + 1)) {
      if (!model.isDynamic(model.nodes().get(i).getOutput(0))) {
        nodes.clear(i);
      }
    }
    return nodes;
  }
}
