/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.block.Log;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.execution.TransactionResult;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.contracts.devchain.DevChain;
import io.twinchain.contracts.devchain.SealedBlock;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes32;

/**
 * {@code eth_getTransactionReceipt}: the receipt of a sealed transaction, with Besu's {@code
 * revertReason} field (the raw revert data) when execution reverted; null while unknown.
 */
final class EthGetTransactionReceipt extends DevChainMethod {

  EthGetTransactionReceipt(final DevChain chain) {
    super("eth_getTransactionReceipt", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final Bytes32 hash = Bytes32.wrap(RpcJson.bytes(RpcJson.param(params, 0).asText()));
    return chain
        .transaction(hash)
        .<JsonNode>map(location -> receipt(location.block(), location.index()))
        .orElse(RpcJson.NODES.nullNode());
  }

  private static ObjectNode receipt(final SealedBlock block, final int index) {
    final TransactionResult result = block.results().get(index);
    final Receipt receipt = block.receipts().get(index);
    final Transaction transaction = result.transaction();
    final ObjectNode json = RpcJson.NODES.objectNode();
    json.set("transactionHash", RpcJson.data(transaction.hash()));
    json.set("transactionIndex", RpcJson.quantity(index));
    json.set("blockHash", RpcJson.data(block.block().hash()));
    json.set("blockNumber", RpcJson.quantity(block.number()));
    json.set("from", RpcJson.address(transaction.sender()));
    json.set(
        "to", transaction.to().<JsonNode>map(RpcJson::address).orElse(RpcJson.NODES.nullNode()));
    json.set("cumulativeGasUsed", RpcJson.quantity(receipt.cumulativeGasUsed()));
    json.set("gasUsed", RpcJson.quantity(block.gasUsedBy(index)));
    json.set("effectiveGasPrice", RpcJson.quantity(transaction.effectiveGasPrice(BigInteger.ZERO)));
    json.set(
        "contractAddress",
        result.contractAddress().<JsonNode>map(RpcJson::address).orElse(RpcJson.NODES.nullNode()));
    json.set("status", RpcJson.quantity(receipt.success() ? 1 : 0));
    json.set("logsBloom", RpcJson.data(receipt.logsBloom()));
    json.set(
        "type",
        RpcJson.quantity(
            transaction.type().getRlpType() == null ? 0 : transaction.type().getRlpType()));
    json.set("logs", logs(block, index));
    if (!receipt.success()) {
      json.set("revertReason", RpcJson.data(result.returnData()));
    }
    return json;
  }

  private static ArrayNode logs(final SealedBlock block, final int index) {
    int logIndex = 0;
    for (int i = 0; i < index; i++) {
      logIndex += block.receipts().get(i).logs().size();
    }
    final ArrayNode logs = RpcJson.NODES.arrayNode();
    for (Log log : block.receipts().get(index).logs()) {
      final ObjectNode json = logs.addObject();
      json.put("removed", false);
      json.set("logIndex", RpcJson.quantity(logIndex++));
      json.set("transactionIndex", RpcJson.quantity(index));
      json.set("transactionHash", RpcJson.data(block.results().get(index).transaction().hash()));
      json.set("blockHash", RpcJson.data(block.block().hash()));
      json.set("blockNumber", RpcJson.quantity(block.number()));
      json.set("address", RpcJson.address(log.address()));
      json.set("data", RpcJson.data(log.data()));
      final ArrayNode topics = json.putArray("topics");
      log.topics().forEach(topic -> topics.add(topic.toHexString()));
    }
    return logs;
  }
}
