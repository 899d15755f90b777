/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.twinchain.offload.onnx.OnnxModel;

/**
 * Small graphs built with the protobuf classes, as a user's own model would arrive: no value_info
 * for intermediates, a residual connection and a constant subgraph.
 */
final class HandBuiltGraphs {
  private HandBuiltGraphs() {}

  /**
   * x → Relu a → Neg b → Add(a, b) c → Exp f → Reshape(f, Constant shape) d → Softmax e (output).
   * The Add reads a and b, so b is not a cut but a and c are; the Reshape folds into the Exp's
   * layer, and its shape is a Constant node a tail must carry along.
   */
  static OnnxModel residualWithConstant() {
    final TensorProto shape =
        TensorProto.newBuilder()
            .setDataType(TensorProto.DataType.INT64_VALUE)
            .addDims(2)
            .addInt64Data(-1)
            .addInt64Data(6)
            .build();
    final GraphProto graph =
        GraphProto.newBuilder()
            .setName("residual")
            .addInput(floatInput("x", 3, 2))
            .addOutput(floatInput("e", -1, 6))
            .addNode(node("Relu", "relu", "a", "x"))
            .addNode(node("Neg", "neg", "b", "a"))
            .addNode(node("Add", "add", "c", "a", "b"))
            .addNode(node("Exp", "exp", "f", "c"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Constant")
                    .setName("shape")
                    .addOutput("s")
                    .addAttribute(
                        ai.onnx.proto.OnnxMl.AttributeProto.newBuilder()
                            .setName("value")
                            .setType(ai.onnx.proto.OnnxMl.AttributeProto.AttributeType.TENSOR)
                            .setT(shape)))
            .addNode(node("Reshape", "reshape", "d", "f", "s"))
            .addNode(node("Softmax", "softmax", "e", "d"))
            .build();
    return OnnxModel.parse(
        ModelProto.newBuilder()
            .setIrVersion(8)
            .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13))
            .setGraph(graph)
            .build()
            .toByteArray());
  }

  static NodeProto node(
      final String op, final String name, final String output, final String... inputs) {
    final NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(name);
    for (final String input : inputs) {
      node.addInput(input);
    }
    return node.addOutput(output).build();
  }

  static ValueInfoProto floatInput(final String name, final long... dims) {
    final TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (final long dim : dims) {
      if (dim < 0) {
        shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("N"));
      } else {
        shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(dim));
      }
    }
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(
            TypeProto.newBuilder()
                .setTensorType(
                    TypeProto.Tensor.newBuilder()
                        .setElemType(TensorProto.DataType.FLOAT_VALUE)
                        .setShape(shape)))
        .build();
  }
}
