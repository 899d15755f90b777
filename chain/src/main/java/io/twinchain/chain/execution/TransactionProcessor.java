/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.horizen.evm.BlockHashCallback;
import io.horizen.evm.Evm;
import io.horizen.evm.Invocation;
import io.horizen.evm.StateDB;
import io.horizen.evm.results.EvmLog;
import io.horizen.evm.results.InvocationResult;
import io.twinchain.chain.block.Log;
import io.twinchain.chain.state.EvmTypes;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

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
 * transactions with status 0. One processor may serve many states; it holds no state itself.
 */
public final class TransactionProcessor {

  private static final long REFUND_QUOTIENT = 5;

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
    final StateDB db = state.evmState();
    final BigInteger price = transaction.effectiveGasPrice(block.baseFee());
    final io.horizen.evm.Address sender = EvmTypes.toEvm(transaction.sender());
    db.subBalance(sender, price.multiply(BigInteger.valueOf(transaction.gasLimit())));
    // Also before a creation: libevm's Create derives the address from the current nonce − 1
    // (it expects the caller to have incremented it) and does not increment it itself.
    db.setNonce(sender, BigInteger.valueOf(transaction.nonce() + 1));
    db.setTxContext(EvmTypes.toEvm(transaction.hash()), index);
    AccessLists.warm(db, transaction, block.coinbase());
    final InvocationResult result =
        apply(db, block, transaction, price, transaction.gasLimit() - intrinsicGas);
    final long gasUsed = settleGas(db, transaction, block, price, result);
    final boolean success = succeeded(result);
    final List<Log> logs = success ? logsOf(db, transaction) : List.of();
    db.finalizeChanges();
    return new TransactionResult(
        transaction,
        success,
        gasUsed,
        Bytes.wrap(result.returnData == null ? new byte[0] : result.returnData),
        success && transaction.isContractCreation()
            ? Optional.ofNullable(result.contractAddress).map(EvmTypes::fromEvm)
            : Optional.empty(),
        success ? Optional.empty() : Optional.of(errorOf(result)),
        logs);
  }

  private static InvocationResult apply(
      final StateDB db,
      final BlockContext block,
      final Transaction transaction,
      final BigInteger price,
      final long gas) {
    try (BlockHashCallback blockHashes = EvmContexts.callback(block.blockHashes())) {
      return Evm.Apply(
          db,
          new Invocation(
              EvmTypes.toEvm(transaction.sender()),
              transaction.to().map(EvmTypes::toEvm).orElse(null),
              transaction.value(),
              transaction.data().toArrayUnsafe(),
              BigInteger.valueOf(gas),
              false),
          EvmContexts.of(block, price, blockHashes));
    }
  }

  private static long settleGas(
      final StateDB db,
      final Transaction transaction,
      final BlockContext block,
      final BigInteger price,
      final InvocationResult result) {
    final long executionGasUsed = transaction.gasLimit() - result.leftOverGas.longValueExact();
    final long refund =
        Math.min(db.getRefund().longValueExact(), executionGasUsed / REFUND_QUOTIENT);
    final long gasUsed = executionGasUsed - refund;
    db.addBalance(
        EvmTypes.toEvm(transaction.sender()),
        price.multiply(BigInteger.valueOf(transaction.gasLimit() - gasUsed)));
    db.addBalance(
        EvmTypes.toEvm(block.coinbase()),
        price.subtract(block.baseFee()).multiply(BigInteger.valueOf(gasUsed)));
    return gasUsed;
  }

  static boolean succeeded(final InvocationResult result) {
    return !result.reverted && (result.executionError == null || result.executionError.isEmpty());
  }

  static String errorOf(final InvocationResult result) {
    return result.executionError == null || result.executionError.isEmpty()
        ? "execution reverted"
        : result.executionError;
  }

  private static List<Log> logsOf(final StateDB db, final Transaction transaction) {
    final EvmLog[] logs = db.getLogs(EvmTypes.toEvm(transaction.hash()));
    if (logs == null) {
      return List.of();
    }
    return Arrays.stream(logs)
        .map(
            log ->
                new Log(
                    EvmTypes.fromEvm(log.address),
                    Arrays.stream(log.topics).map(EvmTypes::fromEvm).toList(),
                    Bytes.wrap(log.data == null ? new byte[0] : log.data)))
        .toList();
  }
}
