/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

/** A rate trace that cannot be replayed; nothing was loaded. */
public final class InvalidRateTraceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final TraceError error;
  private final int line;

  /** {@code line} is 1-based, 0 when the problem is not on one line. */
  public InvalidRateTraceException(final TraceError error, final int line, final String detail) {
    super(error + (line > 0 ? " at line " + line : "") + ": " + detail);
    this.error = error;
    this.line = line;
  }

  /** What is wrong. */
  public TraceError error() {
    return error;
  }

  /** The 1-based line, 0 when not on one line. */
  public int line() {
    return line;
  }
}
