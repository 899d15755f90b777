/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

/** Thrown by a decoding step to refuse a device message; carries the typed {@link Rejection}. */
public final class MessageRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  /**
   * @param rejection why
   */
  public MessageRejectedException(final Rejection rejection) {
    super(
        rejection.reason() + " at '" + rejection.field() + "': " + rejection.detail(),
        null,
        false,
        false);
    this.rejection = rejection;
  }

  /** Shorthand for a new rejection. */
  public static MessageRejectedException of(
      final RejectionReason reason, final String field, final String detail) {
    return new MessageRejectedException(new Rejection(reason, field, detail));
  }

  /** Why the message was refused. */
  public Rejection rejection() {
    return rejection;
  }
}
