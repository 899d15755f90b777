/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.twinchain.offload.tensor.Tensor;
import java.util.Map;
import java.util.Optional;

/**
 * A stage bound to one input tensor and one pre-allocated output tensor: the ONNX Runtime values
 * wrapping their direct buffers and the name maps are created once, so {@link #run()} is a single
 * native session call with no wrapping, allocation or release around it. The Java API of ONNX
 * Runtime 1.29 has no IO binding; pinned outputs plus reused input values give the same effect on
 * the CPU. For a caller that runs the same shape repeatedly and refills the input in place (a
 * pipeline, a benchmark). Not thread-safe; the output is overwritten by every run.
 */
public final class BoundStage implements AutoCloseable {
  private final OrtSession session;
  private final Map<String, OnnxTensor> feeds;
  private final Map<String, OnnxTensor> fetches;
  private final Optional<OnnxTensor> ownedFeed;
  private final OnnxTensor outputValue;
  private final Tensor output;

  /**
   * Binds {@code session}; {@code ownedFeed} is closed with this binding, a feed shared with
   * another binding (a head's output) is not.
   */
  BoundStage(
      final OrtSession session,
      final Map<String, OnnxTensor> feeds,
      final Optional<OnnxTensor> ownedFeed,
      final Map.Entry<String, OnnxTensor> outputValue,
      final Tensor output) {
    this.session = session;
    this.feeds = Map.copyOf(feeds);
    this.ownedFeed = ownedFeed;
    this.outputValue = outputValue.getValue();
    this.fetches = Map.of(outputValue.getKey(), outputValue.getValue());
    this.output = output;
  }

  /** Runs the stage on the bound input's current contents; returns the (reused) output. */
  public Tensor run() {
    try (OrtSession.Result ignored = session.run(feeds, fetches)) {
      return output;
    } catch (final OrtException e) {
      throw new InferenceFailedException("inference failed", e);
    }
  }

  /** The output tensor every run writes into. */
  public Tensor output() {
    return output;
  }

  /** The runtime value of the output, to bind as the next stage's input without a copy. */
  OnnxTensor outputValue() {
    return outputValue;
  }

  @Override
  public void close() {
    ownedFeed.ifPresent(OnnxTensor::close);
    outputValue.close();
  }
}
