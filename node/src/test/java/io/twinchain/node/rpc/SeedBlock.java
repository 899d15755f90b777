/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import io.twinchain.chain.testsupport.TestContracts;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.ContractUtils;
import org.web3j.crypto.Credentials;

/**
 * Block 1 of the golden chain, signed with the well-known Besu dev key (never used outside tests):
 * a legacy transfer, a contract deployment, and a call that stores 42 and logs it. Signatures are
 * deterministic (RFC 6979), so the block and its hashes are the same on every run.
 */
final class SeedBlock {

  /** The funded genesis account's key (Besu's dev key). */
  static final Credentials DEV =
      Credentials.create("8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63");

  /** Receiver of the transfer (Besu's second dev account). */
  static final Address RECEIVER = Addresses.fromHex("0x627306090abab3a6e1400e9345bc60c78a8bef57");

  /** The contract deployed by the block's second transaction. */
  static final Address CONTRACT =
      new Address(ContractUtils.generateContractAddress(DEV.getAddress(), BigInteger.ONE));

  private SeedBlock() {}

  static List<Bytes> transactions() {
    return List.of(
        TestTransactions.legacyTransfer(
            DEV, RpcTestNode.CHAIN_ID, 0, RECEIVER, BigInteger.TEN.pow(18), BigInteger.ONE),
        TestTransactions.dynamicFeeCall(
            DEV, RpcTestNode.CHAIN_ID, 1, null, 200_000, TestContracts.STORE_AND_LOG_INIT),
        TestTransactions.dynamicFeeCall(
            DEV,
            RpcTestNode.CHAIN_ID,
            2,
            CONTRACT,
            100_000,
            Bytes.fromHexString("0x" + "00".repeat(31) + "2a")));
  }

  /** Submits the transactions to {@code node}'s pool and produces block 1. */
  static void produceOn(final RpcTestNode node) {
    for (final Bytes envelope : transactions()) {
      final SubmitResult result = node.pool.submit(envelope);
      if (!(result instanceof SubmitResult.Accepted)) {
        throw new IllegalStateException("seed transaction refused: " + result);
      }
    }
    node.producer.produce();
  }
}
