/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

/** A controller message (workload report or decision) a node refuses; the reason is typed. */
public final class ControllerMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a controller message was refused. */
  public enum Reason {
    /** The bytes are not a well-formed message. */
    MALFORMED,
    /** The decision is not signed by the configured controller. */
    NOT_SIGNED_BY_CONTROLLER,
    /** The sender is not one of the configured gateways. */
    UNKNOWN_GATEWAY,
    /** The report names a twin that is not the sending gateway's. */
    UNKNOWN_TWIN,
    /** The message is for a slot already decided or applied. */
    OUTDATED_SLOT,
    /** The message is for a slot too far in the future. */
    FUTURE_SLOT
  }

  private final Reason reason;

  /** Creates the error with its reason and a detail for logs. */
  public ControllerMessageException(final Reason reason, final String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
