/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.Transaction;
import java.util.Optional;

/**
 * Executes any signed transaction (value transfer, contract creation, contract call) on a world
 * state through go-ethereum's EVM (libevm, Shanghai rules), following go-ethereum's state
 * transition:
 *
 * <ol>
 *   <li>checks: sender has no code, nonce equals the account nonce, priority fee ≤ fee cap, init
 *       code ≤ 49,152 bytes, gas limit ≥ intrinsic gas and ≤ gas left in the block, balance ≥ value
 *       + gas limit × fee cap; a failed check throws {@link InvalidTransactionException} and
 *       changes nothing;
 *   <li>buys gas limit × effective price from the sender, increments the nonce (also for a
 *       creation: libevm derives the contract address from nonce − 1), warms the sender, callee,
 *       coinbase and access list;
 *   <li>runs the EVM with gas limit − intrinsic gas;
 *   <li>refunds at most a fifth of the gas used (EIP-3529), returns unused gas to the sender, pays
 *       gas used × effective price to the coinbase, collects the logs of the transaction.
 * </ol>
 *
 * <p>Gas is metered even when the price is 0. Execution failures (revert, out of gas) are valid
 * transactions with status 0. A value transfer to an account without code runs no EVM code, so the
 * default processor applies it in Java ({@link PlainTransfer}) with the same effects and far fewer
 * libevm calls. One processor may serve many states; it holds no state itself.
 */
public final class TransactionProcessor {

  private final boolean plainTransfersInJava;

  /** A processor that applies plain value transfers in Java ({@link PlainTransfer}). */
  public TransactionProcessor() {
    this(true);
  }

  private TransactionProcessor(final boolean plainTransfersInJava) {
    this.plainTransfersInJava = plainTransfersInJava;
  }

  /**
   * A processor that runs every transaction through the EVM, plain transfers included: the
   * reference the default processor must agree with, for equivalence checks.
   */
  public static TransactionProcessor evmOnly() {
    return new TransactionProcessor(false);
  }

  /**
   * Executes {@code transaction} as the {@code index}-th transaction of the block described by
   * {@code block}, with {@code blockGasRemaining} gas left in the block. The state keeps the
   * effects; commit or discard it as a whole.
   *
   * @throws InvalidTransactionException if the transaction is not valid in this state
   */
  public TransactionResult process(
      final MutableWorldState state,
      final BlockContext block,
      final Transaction transaction,
      final int index,
      final long blockGasRemaining)
      throws InvalidTransactionException {
    final long intrinsicGas = TransactionChecks.check(state, transaction, blockGasRemaining);
    if (plainTransfersInJava) {
      final Optional<TransactionResult> transfer =
          PlainTransfer.tryApply(state, block, transaction, intrinsicGas);
      if (transfer.isPresent()) {
        return transfer.orElseThrow();
      }
    }
    return EvmTransaction.execute(state.evmState(), block, transaction, index, intrinsicGas);
  }
}
