/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.block.Log;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * The receipt object of {@code eth_getTransactionReceipt}, with Besu's {@code revertReason} (the
 * raw revert data) when it is known and execution failed.
 */
public final class ReceiptJson {

  /**
   * What a receipt says beyond the consensus {@link Receipt}.
   *
   * @param transaction the transaction
   * @param receipt its consensus receipt
   * @param position where it sits
   * @param gasUsed gas this transaction used
   * @param contractAddress the contract it created, if any
   * @param firstLogIndex the block-wide index of its first log
   * @param revertData the revert data, when execution reverted and it is known
   */
  public record Facts(
      Transaction transaction,
      Receipt receipt,
      TransactionJson.Position position,
      long gasUsed,
      Optional<Address> contractAddress,
      int firstLogIndex,
      Optional<Bytes> revertData) {}

  private ReceiptJson() {}

  public static ObjectNode of(final Facts facts) {
    final Transaction transaction = facts.transaction();
    final Receipt receipt = facts.receipt();
    final ObjectNode json = HexJson.NODES.objectNode();
    json.set("transactionHash", HexJson.data(transaction.hash()));
    json.set("transactionIndex", HexJson.quantity(facts.position().index()));
    json.set("blockHash", HexJson.data(facts.position().blockHash()));
    json.set("blockNumber", HexJson.quantity(facts.position().blockNumber()));
    json.set("from", HexJson.address(transaction.sender()));
    json.set("to", HexJson.address(transaction.to()));
    json.set("cumulativeGasUsed", HexJson.quantity(receipt.cumulativeGasUsed()));
    json.set("gasUsed", HexJson.quantity(facts.gasUsed()));
    json.set("effectiveGasPrice", HexJson.quantity(transaction.effectiveGasPrice(BigInteger.ZERO)));
    json.set("contractAddress", HexJson.address(facts.contractAddress()));
    json.set("status", HexJson.quantity(receipt.success() ? 1 : 0));
    json.set("logsBloom", HexJson.data(receipt.logsBloom()));
    json.set("type", HexJson.quantity(TransactionJson.typeNumber(transaction.type())));
    final ArrayNode logs = json.putArray("logs");
    int logIndex = facts.firstLogIndex();
    for (final Log log : receipt.logs()) {
      logs.add(LogJson.of(log, facts.position(), transaction.hash(), logIndex++));
    }
    if (!receipt.success()) {
      facts.revertData().ifPresent(data -> json.set("revertReason", HexJson.data(data)));
    }
    return json;
  }
}
