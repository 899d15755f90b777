/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import ai.onnx.proto.OnnxMl.NodeProto;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.split.Layer;
import io.twinchain.offload.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The χ/ψ table of a model: FLOPs per layer counted from the graph ({@link FlopCounter}) and the
 * size of each cut tensor as the head actually produces it for one sample. This is what the
 * controller's latency model consumes (spec §2.3–2.5, prefix sums of χ). Assumption {@code
 * A-OFFLOAD-PSI-MEASURED}.
 */
public final class LayerTable {
  private final List<LayerCost> rows;

  private LayerTable(final List<LayerCost> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Builds the table, running each head once on a zero sample to size its cut tensor. */
  public static LayerTable of(final PartitionedModel model) {
    final FlopCounter counter = new FlopCounter(model.layers().model());
    final Tensor sample =
        Tensor.allocate(
            io.twinchain.offload.tensor.DType.FLOAT32, SampleInputs.shape(model.layers(), 1));
    final List<LayerCost> rows = new ArrayList<>();
    for (final Layer layer : model.layers().layers()) {
      final Tensor cut = model.runHead(layer.index(), sample);
      long flops = 0;
      final List<String> uncounted = new ArrayList<>();
      for (final int index : layer.nodes()) {
        final NodeProto node = model.layers().model().nodes().get(index);
        final Optional<Long> counted = counter.flops(node);
        counted.ifPresentOrElse(n -> {}, () -> uncounted.add(node.getName()));
        flops += counted.orElse(0L);
      }
      final long bits = (long) cut.byteSize() * Byte.SIZE;
      rows.add(
          new LayerCost(
              layer.index(), layer.tensor(), layer.opTypes(), flops, bits, cut.shape(), uncounted));
    }
    return new LayerTable(rows);
  }

  /** Rows for l = 0..L. */
  public List<LayerCost> rows() {
    return rows;
  }

  /** L. */
  public int depth() {
    return rows.size() - 1;
  }

  /** FLOPs of layers 1..l, the gateway's share of one sample at partition point l. */
  public long headFlops(final int l) {
    return rows.subList(0, l + 1).stream().mapToLong(LayerCost::chiFlops).sum();
  }

  /** FLOPs of layers l+1..L, the AP's share of one sample at partition point l. */
  public long tailFlops(final int l) {
    return headFlops(depth()) - headFlops(l);
  }
}
