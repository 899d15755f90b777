/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import io.twinchain.offload.tensor.ShapeMismatchException;
import io.twinchain.offload.tensor.Tensor;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The condition classifier's verdict on one window, as a gateway writes it into the twin (e.g. a
 * {@code condition} feature with {@code class} and {@code confidence}).
 *
 * @param condition the most likely condition
 * @param confidence its softmax probability in (0, 1]
 */
public record ConditionPrediction(MachineCondition condition, double confidence) {

  /**
   * Decodes the classifier's logits, shape [N, number of conditions], into one prediction per
   * window. Throws {@link ShapeMismatchException} for any other shape.
   */
  public static List<ConditionPrediction> fromLogits(final Tensor logits) {
    final int classes = MachineCondition.values().length;
    final long[] shape = logits.shape();
    if (shape.length != 2 || shape[1] != classes) {
      throw new ShapeMismatchException("condition logits", new long[] {-1, classes}, shape);
    }
    final FloatBuffer values = logits.floats();
    final List<ConditionPrediction> predictions = new ArrayList<>();
    for (int row = 0; row < shape[0]; row++) {
      predictions.add(softmaxArgmax(values, row * classes, classes));
    }
    return predictions;
  }

  private static ConditionPrediction softmaxArgmax(
      final FloatBuffer values, final int offset, final int classes) {
    int best = 0;
    for (int c = 1; c < classes; c++) {
      if (values.get(offset + c) > values.get(offset + best)) {
        best = c;
      }
    }
    double sum = 0;
    for (int c = 0; c < classes; c++) {
      sum += Math.exp(values.get(offset + c) - values.get(offset + best));
    }
    return new ConditionPrediction(MachineCondition.values()[best], 1 / sum);
  }
}
