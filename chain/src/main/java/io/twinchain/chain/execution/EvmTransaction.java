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
import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * The general path of {@link TransactionProcessor}: a checked transaction run through go-ethereum's
 * EVM on the raw StateDB, as go-ethereum's state transition does after its checks.
 */
final class EvmTransaction {

  private EvmTransaction() {}

  static TransactionResult execute(
      final StateDB db,
      final BlockContext block,
      final Transaction transaction,
      final int index,
      final long intrinsicGas) {
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
    final GasSettlement settlement =
        GasSettlement.of(
            transaction,
            block,
            price,
            result.leftOverGas.longValueExact(),
            db.getRefund().longValueExact());
    db.addBalance(sender, settlement.senderRefund());
    db.addBalance(EvmTypes.toEvm(block.coinbase()), settlement.minerFee());
    final boolean success = succeeded(result);
    final List<Log> logs = success ? logsOf(db, transaction) : List.of();
    db.finalizeChanges();
    return new TransactionResult(
        transaction,
        success,
        settlement.gasUsed(),
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
