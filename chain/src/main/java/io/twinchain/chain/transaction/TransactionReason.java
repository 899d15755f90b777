/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import io.twinchain.chain.validation.ReasonCode;

/** Reasons a transaction is refused, at decoding or at execution. */
public enum TransactionReason implements ReasonCode {
  /** The envelope is not well-formed RLP of a known transaction shape (e.g. truncated). */
  MALFORMED_ENCODING,
  /** The envelope's type is neither legacy nor EIP-1559. */
  UNSUPPORTED_TYPE,
  /** A legacy transaction without EIP-155 replay protection. */
  MISSING_CHAIN_ID,
  /** The transaction was signed for another chain. */
  WRONG_CHAIN_ID,
  /** The signature is out of range, malleable (high s) or recovers no key. */
  INVALID_SIGNATURE,
  /** The nonce is below the sender's account nonce. */
  NONCE_TOO_LOW,
  /** The nonce is above the sender's account nonce. */
  NONCE_TOO_HIGH,
  /** The gas limit does not cover the intrinsic gas. */
  INTRINSIC_GAS_ABOVE_GAS_LIMIT,
  /** The gas limit exceeds the gas left in the block. */
  BLOCK_GAS_LIMIT_EXCEEDED,
  /** The sender cannot pay value plus gas limit × gas price. */
  INSUFFICIENT_BALANCE,
  /** An EIP-1559 transaction whose priority fee is above its fee cap. */
  PRIORITY_FEE_ABOVE_FEE_CAP,
  /** Contract-creation code above the EIP-3860 limit. */
  INIT_CODE_TOO_LARGE,
  /** The sender account holds code (EIP-3607). */
  SENDER_NOT_EOA
}
