/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import io.twinchain.chain.transaction.TransactionReason;

/**
 * Why the pool refused a transaction: either the ledger's own validity reason or a pool policy
 * (limits, replacement, permissions).
 */
public enum RejectionReason {
  /** The envelope or its signature is invalid; see {@link TransactionReason}. */
  INVALID,
  /** A transaction with the same hash is already pending. */
  ALREADY_KNOWN,
  /** A pending transaction with the same sender and nonce pays more than this one may replace. */
  REPLACEMENT_UNDERPRICED,
  /** The nonce is below the sender's next nonce on the head state. */
  NONCE_TOO_LOW,
  /** The nonce is further ahead of the sender's next nonce than the pool keeps. */
  NONCE_TOO_FAR_AHEAD,
  /** The sender cannot pay gas limit times fee cap plus value. */
  INSUFFICIENT_BALANCE,
  /** The fee cap is below the pool's minimum gas price. */
  FEE_TOO_LOW,
  /** The gas limit exceeds the block gas limit. */
  GAS_LIMIT_EXCEEDED,
  /** The sender is not on the accounts allowlist. */
  SENDER_NOT_PERMITTED,
  /** The pool is full of transactions that pay at least as much. */
  POOL_FULL
}
