/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.onnx;

/** The file is not an ONNX model this runtime can partition; the message says why. */
public final class UnsupportedModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A model rejected for {@code reason}. */
  public UnsupportedModelException(final String reason) {
    super(reason);
  }

  /** A model that could not be read at all. */
  public UnsupportedModelException(final String reason, final Throwable cause) {
    super(reason, cause);
  }
}
