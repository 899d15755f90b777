/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;

/**
 * What a transaction pays once it has run (go-ethereum's {@code refundGas} and fee payment): at
 * most a fifth of the gas used comes back as refund (EIP-3529), unused gas is returned to the
 * sender, and the miner gets the gas used at the effective price minus the base fee.
 *
 * @param gasUsed gas charged, after refunds
 * @param senderRefund wei returned to the sender for gas bought but not charged
 * @param minerFee wei paid to the coinbase
 */
record GasSettlement(long gasUsed, BigInteger senderRefund, BigInteger minerFee) {

  private static final long REFUND_QUOTIENT = 5;

  /**
   * Settles {@code transaction} that left {@code leftOverGas} of its gas limit unspent, with {@code
   * refundCounter} accumulated by the EVM, at {@code price} per gas.
   */
  static GasSettlement of(
      final Transaction transaction,
      final BlockContext block,
      final BigInteger price,
      final long leftOverGas,
      final long refundCounter) {
    final long executionGasUsed = transaction.gasLimit() - leftOverGas;
    final long gasUsed =
        executionGasUsed - Math.min(refundCounter, executionGasUsed / REFUND_QUOTIENT);
    return new GasSettlement(
        gasUsed,
        price.multiply(BigInteger.valueOf(transaction.gasLimit() - gasUsed)),
        price.subtract(block.baseFee()).multiply(BigInteger.valueOf(gasUsed)));
  }
}
