/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import io.twinchain.chain.validation.InvalidReason;

/** A transaction refused for a typed {@link InvalidReason}. */
public class InvalidTransactionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient InvalidReason reason;

  /** A refusal for {@code reason}. */
  public InvalidTransactionException(final InvalidReason reason) {
    super(reason.toString());
    this.reason = reason;
  }

  /** A refusal with {@code code} and {@code message}. */
  public InvalidTransactionException(final TransactionReason code, final String message) {
    this(InvalidReason.of(code, message));
  }

  /** Why the transaction was refused. */
  public InvalidReason reason() {
    return reason;
  }
}
