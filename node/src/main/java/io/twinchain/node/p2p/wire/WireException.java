/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

/** A frame or message a peer sent that we cannot accept; the reason is typed. */
public final class WireException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an incoming frame was refused. */
  public enum Reason {
    OVERSIZED_FRAME,
    EMPTY_FRAME,
    UNKNOWN_CODE,
    MALFORMED_BODY,
    UNEXPECTED_MESSAGE
  }

  private final Reason reason;

  /** Creates the error with its reason and a detail for logs. */
  public WireException(final Reason reason, final String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
