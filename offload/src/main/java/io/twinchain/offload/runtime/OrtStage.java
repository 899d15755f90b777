/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.twinchain.offload.tensor.DType;
import io.twinchain.offload.tensor.Tensor;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link InferenceStage} on ONNX Runtime. Input tensors are handed to the runtime from their
 * direct buffers without a copy. The first run for an input shape learns the output shape; later
 * runs write the output straight into a fresh direct buffer (pinned output), so a head's output can
 * be framed or fed to a tail without a copy either. {@link #bind} fixes both buffers for repeated
 * runs of one shape.
 */
public final class OrtStage implements InferenceStage {
  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final DeclaredInput input;
  private final String outputName;
  private final DType outputType;
  private final Map<List<Long>, long[]> outputShapes = new ConcurrentHashMap<>();

  /** Opens a session on {@code model} with {@code settings}. */
  public OrtStage(final ModelProto model, final OrtSettings settings) {
    this.input = DeclaredInput.of(model.getGraph().getInput(0));
    this.outputName = model.getGraph().getOutput(0).getName();
    this.outputType =
        DType.ofOnnxCode(model.getGraph().getOutput(0).getType().getTensorType().getElemType())
            .orElse(DType.FLOAT32);
    try (OrtSession.SessionOptions options = settings.toOptions()) {
      this.session = environment.createSession(model.toByteArray(), options);
    } catch (final OrtException e) {
      throw new InferenceFailedException("ONNX Runtime rejected the model", e);
    }
  }

  @Override
  public Tensor run(final Tensor in) {
    input.check(in);
    final List<Long> key = shapeKey(in.shape());
    try (OnnxTensor feed = wrap(in)) {
      final long[] known = outputShapes.get(key);
      return known == null ? runLearning(feed, key) : runPinned(feed, known);
    } catch (final OrtException e) {
      throw new InferenceFailedException("inference failed", e);
    }
  }

  /**
   * Binds this stage to {@code in} (checked as by {@link #run}) and a fresh output tensor; the
   * caller refills {@code in} in place between runs and closes the binding before the stage.
   */
  public BoundStage bind(final Tensor in) {
    final Tensor output = run(in);
    try {
      final OnnxTensor feed = wrap(in);
      return bind(feed, Optional.of(feed), output);
    } catch (final OrtException e) {
      throw new InferenceFailedException("binding the input failed", e);
    }
  }

  /**
   * Binds this stage to the output of {@code previous} (a head feeding its tail in one process):
   * the tail reads the head's output buffer through the same runtime value, without a copy.
   */
  BoundStage bindAfter(final BoundStage previous) {
    return bind(previous.outputValue(), Optional.empty(), run(previous.output()));
  }

  private BoundStage bind(
      final OnnxTensor feed, final Optional<OnnxTensor> owned, final Tensor output) {
    try {
      return new BoundStage(
          session, Map.of(input.name(), feed), owned, Map.entry(outputName, wrap(output)), output);
    } catch (final OrtException e) {
      owned.ifPresent(OnnxTensor::close);
      throw new InferenceFailedException("binding the output failed", e);
    }
  }

  private Tensor runLearning(final OnnxTensor feed, final List<Long> key) throws OrtException {
    try (OrtSession.Result result = session.run(Map.of(input.name(), feed))) {
      final OnnxTensor out = (OnnxTensor) result.get(0);
      final long[] shape = ((TensorInfo) out.getInfo()).getShape();
      outputShapes.put(key, shape);
      final Tensor copy = Tensor.allocate(outputType, shape);
      copy.data().put(out.getByteBuffer().order(ByteOrder.LITTLE_ENDIAN));
      return copy;
    }
  }

  private Tensor runPinned(final OnnxTensor feed, final long[] shape) throws OrtException {
    final Tensor output = Tensor.allocate(outputType, shape);
    try (OnnxTensor pinned = wrap(output);
        OrtSession.Result ignored =
            session.run(Map.of(input.name(), feed), Map.of(outputName, pinned))) {
      return output;
    }
  }

  private OnnxTensor wrap(final Tensor tensor) throws OrtException {
    return OnnxTensor.createTensor(environment, tensor.data(), tensor.shape(), javaType(tensor));
  }

  private static OnnxJavaType javaType(final Tensor tensor) {
    return switch (tensor.dtype()) {
      case FLOAT32 -> OnnxJavaType.FLOAT;
      case FLOAT64 -> OnnxJavaType.DOUBLE;
      case INT32 -> OnnxJavaType.INT32;
      case INT64 -> OnnxJavaType.INT64;
      case UINT8 -> OnnxJavaType.UINT8;
    };
  }

  private static List<Long> shapeKey(final long[] shape) {
    return Arrays.stream(shape).boxed().toList();
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (final OrtException e) {
      throw new InferenceFailedException("closing the session failed", e);
    }
  }
}
