/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.contracts.devchain.DevChain;
import io.twinchain.contracts.devchain.SealedBlock;
import org.apache.tuweni.bytes.Bytes;

/**
 * {@code eth_getBlockByNumber}: a sealed block's header fields and transaction hashes (full
 * transaction objects are not served by the dev chain).
 */
final class EthGetBlockByNumber extends DevChainMethod {

  EthGetBlockByNumber(final DevChain chain) {
    super("eth_getBlockByNumber", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final SealedBlock block =
        chain.block(RpcJson.blockNumber(RpcJson.param(params, 0), chain)).orElseThrow();
    final BlockHeader header = block.block().header();
    final ObjectNode json = RpcJson.NODES.objectNode();
    json.set("number", RpcJson.quantity(header.number()));
    json.set("hash", RpcJson.data(header.hash()));
    json.set("parentHash", RpcJson.data(header.parentHash()));
    json.set("stateRoot", RpcJson.data(header.stateRoot()));
    json.set("transactionsRoot", RpcJson.data(header.transactionsRoot()));
    json.set("receiptsRoot", RpcJson.data(header.receiptsRoot()));
    json.set("logsBloom", RpcJson.data(header.logsBloom()));
    json.set("miner", RpcJson.address(header.miner()));
    json.set("difficulty", RpcJson.quantity(header.difficulty().toBigInteger()));
    json.set("gasLimit", RpcJson.quantity(header.gasLimit()));
    json.set("gasUsed", RpcJson.quantity(header.gasUsed()));
    json.set("timestamp", RpcJson.quantity(header.timestamp()));
    json.set("extraData", RpcJson.data(header.extraData()));
    json.set("nonce", RpcJson.data(Bytes.ofUnsignedLong(header.nonce())));
    json.putArray("uncles");
    final ArrayNode transactions = json.putArray("transactions");
    block.results().forEach(result -> transactions.add(result.transaction().hash().toHexString()));
    return json;
  }
}
