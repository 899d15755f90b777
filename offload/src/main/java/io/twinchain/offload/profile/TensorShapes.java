/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import io.twinchain.offload.onnx.OnnxModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Static shapes of a model's tensors: initializer dimensions and the declared value_info (as ONNX
 * shape inference writes it). Symbolic dimensions read −1. Activations are taken to be batched on
 * their first dimension.
 */
final class TensorShapes {
  private final OnnxModel model;
  private final Map<String, long[]> weights = new HashMap<>();

  TensorShapes(final OnnxModel model) {
    this.model = model;
    for (final TensorProto init : model.proto().getGraph().getInitializerList()) {
      weights.put(init.getName(), init.getDimsList().stream().mapToLong(Long::longValue).toArray());
    }
  }

  /** Dimensions of {@code tensor}, if known. */
  Optional<long[]> dims(final String tensor) {
    if (weights.containsKey(tensor)) {
      return Optional.of(weights.get(tensor));
    }
    return model
        .valueInfo(tensor)
        .filter(info -> info.getType().getTensorType().hasShape())
        .map(info -> dims(info.getType().getTensorType().getShape()));
  }

  /** Elements per sample of activation {@code tensor}: the product of all but the first dim. */
  Optional<Long> perSample(final String tensor) {
    return dims(tensor).flatMap(TensorShapes::perSample);
  }

  static Optional<Long> perSample(final long[] dims) {
    long count = 1;
    for (int i = 1; i < dims.length; i++) {
      if (dims[i] < 0) {
        return Optional.empty();
      }
      count *= dims[i];
    }
    return Optional.of(count);
  }

  private static long[] dims(final TensorShapeProto shape) {
    return shape.getDimList().stream()
        .mapToLong(dim -> dim.hasDimValue() ? dim.getDimValue() : -1)
        .toArray();
  }
}
