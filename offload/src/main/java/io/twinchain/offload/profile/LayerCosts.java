/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import ai.onnx.proto.OnnxMl.NodeProto;
import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.split.Layer;
import io.twinchain.offload.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The χ/ψ rows of a model with what the manifest records beside them (tensor names, operators, cut
 * shapes): FLOPs per layer counted from the graph ({@link FlopCounter}) and the size of each cut
 * tensor as the head actually produces it for one sample. The latency model's {@link LayerTable}
 * (prefix sums of χ, spec §2.3–2.5) is built from these rows by {@link #toTable}; head and tail
 * FLOPs are read from it, so there is one implementation of them. Assumption {@code
 * A-OFFLOAD-PSI-MEASURED}.
 */
public final class LayerCosts {
  private final List<LayerCost> rows;

  private LayerCosts(final List<LayerCost> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Builds the table, running each head once on a zero sample to size its cut tensor. */
  public static LayerCosts of(final PartitionedModel model) {
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
    return new LayerCosts(rows);
  }

  /** Rows for l = 0..L. */
  public List<LayerCost> rows() {
    return rows;
  }

  /** L. */
  public int depth() {
    return rows.size() - 1;
  }

  /** The latency model's table of these rows, named {@code name}. */
  public LayerTable table(final String name) {
    return toTable(name, rows);
  }

  /**
   * The latency model's table of {@code rows} (l = 0..L in order, as profiled or as a manifest
   * records them): χ_1..χ_L and ψ_0..ψ_L.
   */
  public static LayerTable toTable(final String name, final List<LayerCost> rows) {
    final double[] flops = new double[rows.size() - 1];
    final double[] bits = new double[rows.size()];
    for (int l = 0; l < rows.size(); l++) {
      bits[l] = rows.get(l).psiBits();
      if (l > 0) {
        flops[l - 1] = rows.get(l).chiFlops();
      }
    }
    return new LayerTable(name, flops, bits);
  }
}
