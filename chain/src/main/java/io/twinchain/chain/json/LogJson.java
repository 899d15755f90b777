/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.block.Log;
import org.apache.tuweni.bytes.Bytes32;

/** The log object of receipts, {@code eth_getLogs} and {@code logs} subscriptions. */
public final class LogJson {

  private LogJson() {}

  /**
   * One log.
   *
   * @param log the log
   * @param position the transaction that emitted it
   * @param transactionHash that transaction's hash
   * @param logIndex the log's index in the block
   */
  public static ObjectNode of(
      final Log log,
      final TransactionJson.Position position,
      final Bytes32 transactionHash,
      final int logIndex) {
    final ObjectNode json = HexJson.NODES.objectNode();
    json.put("removed", false);
    json.set("logIndex", HexJson.quantity(logIndex));
    json.set("transactionIndex", HexJson.quantity(position.index()));
    json.set("transactionHash", HexJson.data(transactionHash));
    json.set("blockHash", HexJson.data(position.blockHash()));
    json.set("blockNumber", HexJson.quantity(position.blockNumber()));
    json.set("address", HexJson.address(log.address()));
    json.set("data", HexJson.data(log.data()));
    final ArrayNode topics = json.putArray("topics");
    log.topics().forEach(topic -> topics.add(topic.toHexString()));
    return json;
  }
}
