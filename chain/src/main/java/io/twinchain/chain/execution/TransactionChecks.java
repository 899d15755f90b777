/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.transaction.TransactionReason;
import io.twinchain.chain.validation.InvalidReason;
import java.math.BigInteger;

/**
 * The checks that make a transaction valid in a state, before any of its effects (go-ethereum's
 * {@code preCheck}): sender is not a contract, nonce, fee cap, intrinsic gas, block gas and
 * balance.
 */
final class TransactionChecks {

  /** EIP-3860: twice the EIP-170 code size limit. */
  static final int MAX_INIT_CODE_SIZE = 2 * 24_576;

  private TransactionChecks() {}

  /** The intrinsic gas, if every check passes. */
  static long check(
      final MutableWorldState state, final Transaction transaction, final long blockGasRemaining)
      throws InvalidTransactionException {
    if (state.hasCode(transaction.sender())) {
      throw new InvalidTransactionException(
          TransactionReason.SENDER_NOT_EOA, "sender " + transaction.sender() + " holds code");
    }
    checkNonce(state.nonce(transaction.sender()), transaction.nonce());
    if (transaction.maxPriorityFeePerGas().compareTo(transaction.maxFeePerGas()) > 0) {
      throw new InvalidTransactionException(
          TransactionReason.PRIORITY_FEE_ABOVE_FEE_CAP, "priority fee above fee cap");
    }
    if (transaction.isContractCreation() && transaction.data().size() > MAX_INIT_CODE_SIZE) {
      throw new InvalidTransactionException(
          InvalidReason.mismatch(
              TransactionReason.INIT_CODE_TOO_LARGE,
              "init code size",
              "at most " + MAX_INIT_CODE_SIZE,
              transaction.data().size()));
    }
    final long intrinsic = IntrinsicGas.of(transaction);
    requireAtMost(
        intrinsic, transaction.gasLimit(), TransactionReason.INTRINSIC_GAS_ABOVE_GAS_LIMIT, "gas");
    requireAtMost(
        transaction.gasLimit(),
        blockGasRemaining,
        TransactionReason.BLOCK_GAS_LIMIT_EXCEEDED,
        "gas limit");
    checkBalance(state, transaction);
    return intrinsic;
  }

  private static void checkNonce(final long accountNonce, final long transactionNonce)
      throws InvalidTransactionException {
    if (transactionNonce != accountNonce) {
      throw new InvalidTransactionException(
          InvalidReason.mismatch(
              transactionNonce < accountNonce
                  ? TransactionReason.NONCE_TOO_LOW
                  : TransactionReason.NONCE_TOO_HIGH,
              "nonce",
              accountNonce,
              transactionNonce));
    }
  }

  private static void requireAtMost(
      final long value, final long bound, final TransactionReason reason, final String what)
      throws InvalidTransactionException {
    if (value > bound) {
      throw new InvalidTransactionException(
          InvalidReason.mismatch(reason, what, "at most " + bound, value));
    }
  }

  private static void checkBalance(final MutableWorldState state, final Transaction transaction)
      throws InvalidTransactionException {
    final BigInteger required =
        BigInteger.valueOf(transaction.gasLimit())
            .multiply(transaction.maxFeePerGas())
            .add(transaction.value());
    final BigInteger balance = state.balance(transaction.sender());
    if (balance.compareTo(required) < 0) {
      throw new InvalidTransactionException(
          InvalidReason.mismatch(
              TransactionReason.INSUFFICIENT_BALANCE,
              "balance for value + gas limit × fee cap",
              "at least " + required,
              balance));
    }
  }
}
