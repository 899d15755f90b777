/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;

/**
 * A transaction held by the pool.
 *
 * @param transaction the decoded transaction
 * @param sequence arrival order in the pool, for tie-breaks (earlier first)
 */
public record PendingTransaction(Transaction transaction, long sequence) {

  /**
   * What the miner earns per gas: {@code min(feeCap, priorityFee)}, since the base fee is always 0
   * on this chain (A-CHAIN-ZERO-BASEFEE).
   */
  public BigInteger tip() {
    return transaction.effectiveGasPrice(BigInteger.ZERO);
  }

  /** The most the transaction can cost its sender: gas limit × fee cap + value. */
  public BigInteger upfrontCost() {
    return BigInteger.valueOf(transaction.gasLimit())
        .multiply(transaction.maxFeePerGas())
        .add(transaction.value());
  }

  /** The sender's nonce this transaction consumes. */
  public long nonce() {
    return transaction.nonce();
  }
}
