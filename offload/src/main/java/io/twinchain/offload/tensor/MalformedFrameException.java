/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

/** A tensor frame that cannot be decoded; {@link #error()} says which check failed. */
public final class MalformedFrameException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final FrameError error;

  /** A frame rejected with {@code error}; {@code detail} gives the offending values. */
  public MalformedFrameException(final FrameError error, final String detail) {
    super(error + ": " + detail);
    this.error = error;
  }

  /** The failed check. */
  public FrameError error() {
    return error;
  }
}
