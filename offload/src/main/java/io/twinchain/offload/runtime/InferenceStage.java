/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import io.twinchain.offload.tensor.Tensor;

/** One side of a partition (head, tail or whole model): a tensor in, a tensor out. */
public interface InferenceStage extends AutoCloseable {

  /**
   * Runs the stage. Throws {@link io.twinchain.offload.tensor.ShapeMismatchException} if {@code
   * input} does not fit the stage's declared input, and {@link InferenceFailedException} if the
   * runtime fails.
   */
  Tensor run(Tensor input);

  /** Releases native resources. */
  @Override
  void close();
}
