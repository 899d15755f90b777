/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import io.twinchain.offload.onnx.OnnxModel;
import java.util.Optional;
import java.util.Set;

/**
 * FLOPs per sample of one node, by the convention of spec §6.2: 2 per multiply-accumulate (Conv,
 * ConvTranspose, Gemm, MatMul), bias and activations ignored; max pooling k−1 comparisons and
 * average pooling k additions per output over a window of k; global pooling one per input element;
 * elementwise arithmetic (the residual Add) one per output; an unfused BatchNormalization two per
 * output. Shape and data-movement operators cost nothing. Empty means a shape the count needs is
 * not declared in the model (run ONNX shape inference on it). Assumption {@code
 * A-OFFLOAD-FLOP-CONVENTION}.
 */
final class FlopCounter {
  private static final Set<String> ELEMENTWISE =
      Set.of("Add", "Sub", "Mul", "Div", "Sum", "Max", "Min");
  private static final Set<String> GLOBAL_POOLS =
      Set.of("GlobalAveragePool", "GlobalMaxPool", "ReduceMean", "ReduceMax", "ReduceSum");

  private final TensorShapes shapes;

  FlopCounter(final OnnxModel model) {
    this.shapes = new TensorShapes(model);
  }

  Optional<Long> flops(final NodeProto node) {
    final String out = node.getOutput(0);
    return switch (node.getOpType()) {
      case "Conv" -> macs(shapes.perSample(out), weightFanIn(node));
      case "ConvTranspose" -> macs(shapes.perSample(node.getInput(0)), weightFanIn(node));
      case "Gemm" -> macs(shapes.perSample(out), gemmDepth(node));
      case "MatMul" -> macs(shapes.perSample(out), lastDim(node.getInput(0)));
      case "MaxPool" -> shapes.perSample(out).map(n -> n * (window(node) - 1));
      case "AveragePool", "LpPool" -> shapes.perSample(out).map(n -> n * window(node));
      case "BatchNormalization" -> shapes.perSample(out).map(n -> 2 * n);
      default -> simple(node);
    };
  }

  private Optional<Long> simple(final NodeProto node) {
    if (ELEMENTWISE.contains(node.getOpType())) {
      return shapes.perSample(node.getOutput(0));
    }
    if (GLOBAL_POOLS.contains(node.getOpType())) {
      return shapes.perSample(node.getInput(0));
    }
    return Optional.of(0L);
  }

  private static Optional<Long> macs(final Optional<Long> outputs, final Optional<Long> depth) {
    return outputs.flatMap(n -> depth.map(k -> 2 * n * k));
  }

  private Optional<Long> weightFanIn(final NodeProto node) {
    return shapes.dims(node.getInput(1)).flatMap(TensorShapes::perSample);
  }

  private Optional<Long> gemmDepth(final NodeProto node) {
    final boolean transposed = intAttribute(node, "transB") == 1;
    return shapes.dims(node.getInput(1)).map(dims -> transposed ? dims[1] : dims[0]);
  }

  private Optional<Long> lastDim(final String tensor) {
    return shapes.dims(tensor).map(dims -> dims[dims.length - 1]).filter(dim -> dim > 0);
  }

  private static long window(final NodeProto node) {
    return node.getAttributeList().stream()
        .filter(attribute -> attribute.getName().equals("kernel_shape"))
        .findFirst()
        .map(attribute -> attribute.getIntsList().stream().reduce(1L, (a, b) -> a * b))
        .orElse(1L);
  }

  private static long intAttribute(final NodeProto node, final String name) {
    return node.getAttributeList().stream()
        .filter(attribute -> attribute.getName().equals(name))
        .findFirst()
        .map(AttributeProto::getI)
        .orElse(0L);
  }
}
