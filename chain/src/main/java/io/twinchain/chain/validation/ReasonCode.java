/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

/**
 * The kind of an {@link InvalidReason}. Each module defines its codes as an enum implementing this
 * interface (the ledger's are {@link BlockReason} and {@code TransactionReason}); the name is what
 * logs, RPC errors and tests match on.
 */
public interface ReasonCode {

  /** The stable name of the code, e.g. {@code STATE_ROOT_MISMATCH}. */
  String name();
}
