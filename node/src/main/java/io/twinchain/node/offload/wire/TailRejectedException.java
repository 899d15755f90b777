/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.wire;

/** A tail request the AP answered with a {@link TailError}, or a request that cannot be decoded. */
public final class TailRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final TailError error;

  /** Rejected with {@code error}; {@code detail} names the offending value. */
  public TailRejectedException(final TailError error, final String detail) {
    super(error + ": " + detail);
    this.error = error;
  }

  /** Why. */
  public TailError error() {
    return error;
  }
}
