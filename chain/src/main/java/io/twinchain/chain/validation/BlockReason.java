/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

/**
 * Reasons the ledger refuses a block. A block refused for one of its transactions carries that
 * transaction's {@code TransactionReason}; consensus rules add their own {@link ReasonCode}s.
 */
public enum BlockReason implements ReasonCode {
  /** The block's bytes are not a well-formed RLP block. */
  MALFORMED_BLOCK,
  /** The parent of the block is not stored. */
  UNKNOWN_PARENT,
  /** The block is already stored. */
  ALREADY_KNOWN,
  /** The header's parent hash is not the hash of the parent given. */
  PARENT_HASH_MISMATCH,
  /** The header's number is not the parent's number plus one. */
  NUMBER_NOT_PARENT_PLUS_ONE,
  /** The header's extra data is longer than allowed. */
  EXTRA_DATA_TOO_LONG,
  /** The header claims more gas used than its gas limit. */
  GAS_USED_ABOVE_LIMIT,
  /** The header's transactions root does not match the body. */
  TRANSACTIONS_ROOT_MISMATCH,
  /**
   * A transaction of the body is invalid (malformed, bad signature, wrong chain, not executable).
   */
  INVALID_TRANSACTION,
  /** The header's gas used differs from the gas used by executing the body. */
  GAS_USED_MISMATCH,
  /** The header's receipts root differs from the receipts produced by execution. */
  RECEIPTS_ROOT_MISMATCH,
  /** The header's logs bloom differs from the bloom of the execution's logs. */
  LOGS_BLOOM_MISMATCH,
  /** The header's state root differs from the state root after execution. */
  STATE_ROOT_MISMATCH,
  /** The parent's world state is not available, so the block cannot be executed. */
  PARENT_STATE_MISSING
}
