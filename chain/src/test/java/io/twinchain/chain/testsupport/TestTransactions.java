/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.testsupport;

import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/** Transactions signed by web3j's {@link TransactionEncoder}, as a wallet would sign them. */
public final class TestTransactions {

  /** Gas of a plain value transfer. */
  public static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

  private TestTransactions() {}

  /** A signed EIP-155 legacy transfer. */
  public static Bytes legacyTransfer(
      final Credentials from,
      final long chainId,
      final long nonce,
      final Address to,
      final BigInteger value,
      final BigInteger gasPrice) {
    final RawTransaction raw =
        RawTransaction.createEtherTransaction(
            BigInteger.valueOf(nonce), gasPrice, TRANSFER_GAS, to.getValue(), value);
    return Bytes.wrap(TransactionEncoder.signMessage(raw, chainId, from));
  }

  /** A signed EIP-1559 transfer with fee cap and priority fee both {@code fee}. */
  public static Bytes dynamicFeeTransfer(
      final Credentials from,
      final long chainId,
      final long nonce,
      final Address to,
      final BigInteger value,
      final BigInteger fee) {
    final RawTransaction raw =
        RawTransaction.createEtherTransaction(
            chainId, BigInteger.valueOf(nonce), TRANSFER_GAS, to.getValue(), value, fee, fee);
    return Bytes.wrap(TransactionEncoder.signMessage(raw, from));
  }

  /** A signed EIP-1559 transaction with call data or init code ({@code to} null creates). */
  public static Bytes dynamicFeeCall(
      final Credentials from,
      final long chainId,
      final long nonce,
      final Address to,
      final long gasLimit,
      final Bytes data) {
    return dynamicFee(from, chainId, nonce, to, gasLimit, BigInteger.ZERO, BigInteger.ZERO, data);
  }

  /**
   * A signed EIP-1559 transaction with any value, data and fee ({@code fee} is both fee cap and
   * priority fee; {@code to} null creates).
   */
  public static Bytes dynamicFee(
      final Credentials from,
      final long chainId,
      final long nonce,
      final Address to,
      final long gasLimit,
      final BigInteger value,
      final BigInteger fee,
      final Bytes data) {
    final RawTransaction raw =
        RawTransaction.createTransaction(
            chainId,
            BigInteger.valueOf(nonce),
            BigInteger.valueOf(gasLimit),
            to == null ? "" : to.getValue(),
            value,
            data.toHexString(),
            fee,
            fee);
    return Bytes.wrap(TransactionEncoder.signMessage(raw, from));
  }
}
