/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.load;

import io.twinchain.contracts.generated.WorkReceipts;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.receipts.WorkReceiptSigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Signs the load ahead of time (signing is the load generator's cost, not the chain's): per account
 * consecutive nonces, every {@code receiptEvery}-th transaction a work receipt submitted to {@code
 * WorkReceipts.submitSigned} exactly as a gateway's {@code WorkReceiptReporter} sends it (signed by
 * the gateway key, for an AP address reserved for the load, so the devnet's real APs' reputations
 * are untouched), the others 1-wei transfers to the next account.
 */
final class LoadTransactions {

  /** An AP address no devnet node has: the load's receipts build their own reputation history. */
  static final String LOAD_AP = "0x00000000000000000000000000000000000100ad";

  private static final BigInteger GAS_PRICE = BigInteger.ONE;
  private static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);
  private static final BigInteger RECEIPT_GAS = BigInteger.valueOf(300_000);

  private final long chainId;
  private final List<Credentials> accounts;
  private final int receiptEvery;
  private final Credentials gateway;
  private final WorkReceiptSigner receiptSigner;

  LoadTransactions(
      final long chainId,
      final List<Credentials> accounts,
      final int receiptEvery,
      final Credentials gateway) {
    this.chainId = chainId;
    this.accounts = accounts;
    this.receiptEvery = receiptEvery;
    this.gateway = gateway;
    this.receiptSigner = new WorkReceiptSigner(chainId, SystemContract.WORK_RECEIPTS.address());
  }

  /**
   * {@code count} signed envelopes (hex): transaction {@code i} from account {@code i % accounts}
   * at that account's next nonce ({@code firstNonces} holds each account's first), signed in
   * parallel.
   */
  List<String> sign(final int count, final long[] firstNonces) {
    return IntStream.range(0, count).parallel().mapToObj(i -> signed(i, firstNonces)).toList();
  }

  private String signed(final int index, final long[] firstNonces) {
    final int account = index % accounts.size();
    final BigInteger nonce = BigInteger.valueOf(firstNonces[account] + index / accounts.size());
    final RawTransaction raw =
        receiptEvery > 0 && index % receiptEvery == receiptEvery - 1
            ? RawTransaction.createTransaction(
                nonce,
                GAS_PRICE,
                RECEIPT_GAS,
                SystemContract.WORK_RECEIPTS.address(),
                receiptCall(index))
            : RawTransaction.createEtherTransaction(
                nonce,
                GAS_PRICE,
                TRANSFER_GAS,
                accounts.get((account + 1) % accounts.size()).getAddress(),
                BigInteger.ONE);
    return Numeric.toHexString(TransactionEncoder.signMessage(raw, chainId, accounts.get(account)));
  }

  private String receiptCall(final int index) {
    final WorkReceipts.Receipt receipt =
        new WorkReceipts.Receipt(
            Hash.sha3(
                ("load-" + gateway.getAddress() + "-" + System.nanoTime() + "-" + index)
                    .getBytes(StandardCharsets.UTF_8)),
            BigInteger.ONE,
            LOAD_AP,
            BigInteger.ZERO,
            BigInteger.ZERO,
            BigInteger.valueOf(1_000_000),
            new byte[32],
            BigInteger.valueOf(1_000));
    return FunctionEncoder.encode(
        new Function(
            WorkReceipts.FUNC_SUBMITSIGNED,
            List.of(
                receipt, new DynamicBytes(receiptSigner.sign(receipt, gateway).toArrayUnsafe())),
            List.of()));
  }
}
