/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.contracts;

import io.twinchain.chain.types.Addresses;
import io.twinchain.contracts.devchain.DevChain;
import io.twinchain.contracts.devchain.DevChainConfig;
import io.twinchain.contracts.generated.WorkReceipts;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.contracts.reputation.FixedPointEwma;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * A batched dev chain with the system contracts and one registered gateway, and the signed
 * transactions the benchmarks feed it. DEV-ONLY keys derived from fixed bytes.
 */
final class BenchChain implements AutoCloseable {

  static final long CHAIN_ID = 2026;
  static final long BLOCK_GAS_LIMIT = 30_000_000;
  static final int APS = 5;
  static final int RECEIPTS_PER_SLOT = 200;

  final Credentials gateway = Credentials.create(Bytes.repeat((byte) 0x22, 32).toHexString());
  final List<String> aps = new ArrayList<>();
  final DevChain chain;
  private long nonce;
  private long task;

  BenchChain() {
    for (int i = 0; i < APS; i++) {
      aps.add(Credentials.create(Bytes.repeat((byte) (0x40 + i), 32).toHexString()).getAddress());
    }
    final var gatewayAddress = Addresses.fromHex(gateway.getAddress());
    chain =
        DevChain.inMemory(
            new DevChainConfig(
                CHAIN_ID,
                BLOCK_GAS_LIMIT,
                false,
                List.of(gatewayAddress),
                BigInteger.TEN.pow(24),
                new SystemContractsConfig(
                    List.of(gatewayAddress),
                    List.of(),
                    List.of(),
                    List.of(gatewayAddress),
                    List.of(),
                    SystemContractsConfig.DEFAULT_ETA,
                    SystemContractsConfig.DEFAULT_INITIAL_REPUTATION)));
  }

  /** {@code count} signed {@code WorkReceipts.submit} transactions, 200 receipts per slot. */
  List<Bytes> signedReceipts(final int count) {
    final List<Bytes> signed = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      signed.add(
          sign(SystemContract.WORK_RECEIPTS.address(), 200_000, BigInteger.ZERO, submitCall()));
    }
    return signed;
  }

  /**
   * {@code transactions} signed {@code submitBatch} transactions of {@code perTransaction} each.
   */
  List<Bytes> signedReceiptBatches(final int transactions, final int perTransaction) {
    final List<Bytes> signed = new ArrayList<>(transactions);
    for (int i = 0; i < transactions; i++) {
      final List<WorkReceipts.Receipt> batch = new ArrayList<>(perTransaction);
      for (int j = 0; j < perTransaction; j++) {
        batch.add(nextReceipt());
      }
      final String call =
          FunctionEncoder.encode(
              new Function(
                  "submitBatch",
                  List.of(new DynamicArray<>(WorkReceipts.Receipt.class, batch)),
                  List.of()));
      signed.add(
          sign(
              SystemContract.WORK_RECEIPTS.address(),
              100_000L * perTransaction,
              BigInteger.ZERO,
              call));
    }
    return signed;
  }

  /** {@code count} signed 1-wei transfers to the APs: the baseline transaction. */
  List<Bytes> signedTransfers(final int count) {
    final List<Bytes> signed = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      signed.add(sign(aps.get(i % APS), 21_000, BigInteger.ONE, ""));
    }
    return signed;
  }

  /** Submits every envelope and seals what remains pending. */
  long submitAndSeal(final List<Bytes> envelopes) throws Exception {
    for (Bytes envelope : envelopes) {
      chain.submit(envelope);
    }
    return chain.seal().number();
  }

  private String submitCall() {
    return FunctionEncoder.encode(new Function("submit", List.of(nextReceipt()), List.of()));
  }

  private WorkReceipts.Receipt nextReceipt() {
    final long id = ++task;
    return new WorkReceipts.Receipt(
        Bytes32.leftPad(Bytes.ofUnsignedLong(id)).toArray(),
        BigInteger.valueOf(id / RECEIPTS_PER_SLOT),
        aps.get((int) (id % APS)),
        BigInteger.valueOf(7),
        BigInteger.valueOf(FixedPointEwma.ONE / 50),
        BigInteger.valueOf(313_800_000L),
        new byte[32],
        BigInteger.valueOf(33_000));
  }

  private Bytes sign(final String to, final long gas, final BigInteger value, final String data) {
    final RawTransaction raw =
        RawTransaction.createTransaction(
            BigInteger.valueOf(nonce++), BigInteger.ZERO, BigInteger.valueOf(gas), to, value, data);
    return Bytes.wrap(TransactionEncoder.signMessage(raw, CHAIN_ID, gateway));
  }

  @Override
  public void close() {
    chain.close();
  }
}
