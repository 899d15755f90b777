/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * A one-node ONNX model (Identity on a float32 tensor of a fixed shape): a session call that does
 * no work, so its time is ONNX Runtime's per-call floor, the least one more stage can cost.
 */
final class IdentityModel {
  private static final long IR_VERSION = 8;
  private static final long OPSET = 17;

  private IdentityModel() {}

  /** Identity from input {@code x} to output {@code y}, both of {@code shape}. */
  static ModelProto of(final long[] shape) {
    final TensorShapeProto.Builder dims = TensorShapeProto.newBuilder();
    for (final long dimension : shape) {
      dims.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(dimension));
    }
    final TypeProto type =
        TypeProto.newBuilder()
            .setTensorType(
                TypeProto.Tensor.newBuilder()
                    .setElemType(TensorProto.DataType.FLOAT_VALUE)
                    .setShape(dims))
            .build();
    final GraphProto graph =
        GraphProto.newBuilder()
            .setName("identity")
            .addInput(ValueInfoProto.newBuilder().setName("x").setType(type))
            .addOutput(ValueInfoProto.newBuilder().setName("y").setType(type))
            .addNode(NodeProto.newBuilder().setOpType("Identity").addInput("x").addOutput("y"))
            .build();
    return ModelProto.newBuilder()
        .setIrVersion(IR_VERSION)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(OPSET))
        .setGraph(graph)
        .build();
  }
}
