/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * Executes a checked value transfer to an account without code in Java, on the state's account
 * overlay, with exactly the effects go-ethereum's state transition has on it: the EVM runs no code
 * for such a call, so gas used is the intrinsic gas, nothing is refunded by the EVM, no log is
 * emitted, and the only changes are the sender's nonce, the value moved and the gas paid.
 *
 * <p>Anything else goes to the EVM: creations, callees with code, precompiles, and a zero credit to
 * an account that exists but is empty, which go-ethereum would delete on touching (EIP-161).
 */
final class PlainTransfer {

  /** Precompiles and system addresses live in the lowest addresses; leave them to the EVM. */
  private static final int SYSTEM_ADDRESS_PREFIX = 18;

  private PlainTransfer() {}

  /** The result if {@code transaction} qualifies and was applied; empty if it needs the EVM. */
  static Optional<TransactionResult> tryApply(
      final MutableWorldState state,
      final BlockContext block,
      final Transaction transaction,
      final long intrinsicGas) {
    if (transaction.to().isEmpty()) {
      return Optional.empty();
    }
    final Address to = transaction.to().orElseThrow();
    final BigInteger price = transaction.effectiveGasPrice(block.baseFee());
    final GasSettlement settlement =
        GasSettlement.of(transaction, block, price, transaction.gasLimit() - intrinsicGas, 0);
    if (isSystemAddress(to)
        || state.hasCode(to)
        || touchesEmptyAccount(state, to, transaction.value())
        || touchesEmptyAccount(state, block.coinbase(), settlement.minerFee())) {
      return Optional.empty();
    }
    final BigInteger gasBought = price.multiply(BigInteger.valueOf(transaction.gasLimit()));
    state.setNonce(transaction.sender(), transaction.nonce() + 1);
    state.addBalance(
        transaction.sender(),
        settlement.senderRefund().subtract(gasBought).subtract(transaction.value()));
    state.addBalance(to, transaction.value());
    state.addBalance(block.coinbase(), settlement.minerFee());
    return Optional.of(
        new TransactionResult(
            transaction,
            true,
            settlement.gasUsed(),
            Bytes.EMPTY,
            Optional.empty(),
            Optional.empty(),
            List.of()));
  }

  private static boolean isSystemAddress(final Address address) {
    return Addresses.toBytes(address).slice(0, SYSTEM_ADDRESS_PREFIX).isZero();
  }

  private static boolean touchesEmptyAccount(
      final MutableWorldState state, final Address account, final BigInteger credit) {
    return credit.signum() == 0 && state.isPresentAndEmpty(account);
  }
}
