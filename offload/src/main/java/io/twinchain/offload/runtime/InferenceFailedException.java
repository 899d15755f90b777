/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

/** ONNX Runtime rejected a model or failed while running it. */
public final class InferenceFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, caused by {@code cause}. */
  public InferenceFailedException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
