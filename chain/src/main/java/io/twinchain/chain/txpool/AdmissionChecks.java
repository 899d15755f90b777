/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import io.twinchain.chain.execution.IntrinsicGas;
import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Predicate;
import org.web3j.abi.datatypes.Address;

/**
 * The checks that need no sender state: fee shape, minimum price, gas against the intrinsic gas and
 * the block gas limit, and the accounts allowlist.
 */
final class AdmissionChecks {

  private final BigInteger minGasPrice;
  private final Predicate<Address> senderPermitted;

  AdmissionChecks(final BigInteger minGasPrice, final Predicate<Address> senderPermitted) {
    this.minGasPrice = minGasPrice;
    this.senderPermitted = senderPermitted;
  }

  Optional<SubmitResult.Rejected> check(final Transaction transaction, final long blockGasLimit) {
    if (transaction.maxPriorityFeePerGas().compareTo(transaction.maxFeePerGas()) > 0) {
      return reject(RejectionReason.INVALID, "priority fee above fee cap");
    }
    if (transaction.maxFeePerGas().compareTo(minGasPrice) < 0) {
      return reject(
          RejectionReason.FEE_TOO_LOW,
          "fee cap " + transaction.maxFeePerGas() + " below the minimum gas price " + minGasPrice);
    }
    final long intrinsic = IntrinsicGas.of(transaction);
    if (transaction.gasLimit() < intrinsic) {
      return reject(
          RejectionReason.INVALID,
          "gas limit " + transaction.gasLimit() + " below the intrinsic gas " + intrinsic);
    }
    if (transaction.gasLimit() > blockGasLimit) {
      return reject(
          RejectionReason.GAS_LIMIT_EXCEEDED,
          "gas limit " + transaction.gasLimit() + " above the block gas limit " + blockGasLimit);
    }
    if (!senderPermitted.test(transaction.sender())) {
      return reject(
          RejectionReason.SENDER_NOT_PERMITTED,
          "sender " + transaction.sender() + " is not on the accounts allowlist");
    }
    return Optional.empty();
  }

  static Optional<SubmitResult.Rejected> reject(final RejectionReason reason, final String detail) {
    return Optional.of(new SubmitResult.Rejected(reason, detail));
  }
}
