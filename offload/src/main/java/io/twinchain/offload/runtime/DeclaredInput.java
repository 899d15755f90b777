/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.twinchain.offload.onnx.UnsupportedModelException;
import io.twinchain.offload.tensor.DType;
import io.twinchain.offload.tensor.ShapeMismatchException;
import io.twinchain.offload.tensor.Tensor;

/**
 * A stage's declared input: element type and shape, symbolic dimensions as −1. Checking a tensor
 * against it before ONNX Runtime sees the tensor turns a wrong shape into a typed error instead of
 * a native failure.
 *
 * @param name input name
 * @param dtype element type
 * @param shape dimensions, −1 where the model leaves them open (the batch dimension)
 * @param ranked false if the model declares no shape at all (any shape is accepted)
 */
record DeclaredInput(String name, DType dtype, long[] shape, boolean ranked) {

  static DeclaredInput of(final ValueInfoProto info) {
    final int code = info.getType().getTensorType().getElemType();
    final DType dtype =
        DType.ofOnnxCode(code)
            .orElseThrow(
                () ->
                    new UnsupportedModelException(
                        "input '" + info.getName() + "' has unsupported element type " + code));
    final boolean ranked = info.getType().getTensorType().hasShape();
    final TensorShapeProto shape = info.getType().getTensorType().getShape();
    final long[] dims = new long[shape.getDimCount()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = shape.getDim(i).hasDimValue() ? shape.getDim(i).getDimValue() : -1;
    }
    return new DeclaredInput(info.getName(), dtype, dims, ranked);
  }

  /** Throws {@link ShapeMismatchException} unless {@code tensor} fits this input. */
  void check(final Tensor tensor) {
    final long[] actual = tensor.shape();
    boolean fits = tensor.dtype() == dtype && (!ranked || actual.length == shape.length);
    for (int i = 0; fits && ranked && i < shape.length; i++) {
      fits = shape[i] < 0 || shape[i] == actual[i];
    }
    if (!fits) {
      throw new ShapeMismatchException(
          "input '" + name + "' (" + dtype + ", got " + tensor.dtype() + ")", shape, actual);
    }
  }
}
