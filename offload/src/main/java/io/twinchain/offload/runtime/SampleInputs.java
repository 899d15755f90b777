/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import ai.onnx.proto.OnnxMl.TensorShapeProto;
import io.twinchain.offload.split.ModelLayers;
import io.twinchain.offload.tensor.Tensor;
import java.util.random.RandomGenerator;

/** Inputs of a model's declared shape, its symbolic (batch) dimensions set to {@code batch}. */
public final class SampleInputs {
  private SampleInputs() {}

  /** The input shape with symbolic dimensions set to {@code batch}. */
  public static long[] shape(final ModelLayers layers, final int batch) {
    final TensorShapeProto declared = layers.model().input().getType().getTensorType().getShape();
    return declared.getDimList().stream()
        .mapToLong(dim -> dim.hasDimValue() ? dim.getDimValue() : batch)
        .toArray();
  }

  /** A float32 input of uniform values in [−1, 1). */
  public static Tensor uniform(
      final ModelLayers layers, final int batch, final RandomGenerator rng) {
    final long[] shape = shape(layers, batch);
    final float[] values = new float[Math.toIntExact(Tensor.elementCount(shape))];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) rng.nextDouble(-1, 1);
    }
    return Tensor.ofFloats(shape, values);
  }
}
