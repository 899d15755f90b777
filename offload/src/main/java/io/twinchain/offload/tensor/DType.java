/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

import java.util.Arrays;
import java.util.Optional;

/** Element types a frame can carry; the code is ONNX's TensorProto.DataType value. */
public enum DType {
  /** IEEE 754 binary32, the type of every zoo model's activations. */
  FLOAT32(1, 4),
  /** Unsigned byte (quantised activations, raw images). */
  UINT8(2, 1),
  /** Signed 32-bit integer. */
  INT32(6, 4),
  /** Signed 64-bit integer (class indexes, token ids). */
  INT64(7, 8),
  /** IEEE 754 binary64. */
  FLOAT64(11, 8);

  private final int onnxCode;
  private final int bytes;

  DType(final int onnxCode, final int bytes) {
    this.onnxCode = onnxCode;
    this.bytes = bytes;
  }

  /** ONNX TensorProto.DataType code. */
  public int onnxCode() {
    return onnxCode;
  }

  /** Bytes per element. */
  public int bytes() {
    return bytes;
  }

  /** The type with ONNX code {@code code}, if framed types include it. */
  public static Optional<DType> ofOnnxCode(final int code) {
    return Arrays.stream(values()).filter(type -> type.onnxCode == code).findFirst();
  }
}
