/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import org.apache.tuweni.bytes.Bytes32;

/**
 * The outcome of {@link TransactionSink#submit}: accepted with a hash, or refused with a reason.
 */
public sealed interface SubmitResult {

  /** The transaction is in the pool. */
  record Accepted(Bytes32 hash) implements SubmitResult {}

  /** The transaction was refused; {@code detail} is for people (RPC error messages, logs). */
  record Rejected(RejectionReason reason, String detail) implements SubmitResult {}
}
