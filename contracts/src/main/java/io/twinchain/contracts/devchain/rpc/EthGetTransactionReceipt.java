/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.execution.TransactionResult;
import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.json.ReceiptJson;
import io.twinchain.chain.json.TransactionJson;
import io.twinchain.contracts.devchain.DevChain;
import io.twinchain.contracts.devchain.SealedBlock;
import java.util.Optional;
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
        .orElse(HexJson.NODES.nullNode());
  }

  private static JsonNode receipt(final SealedBlock block, final int index) {
    final TransactionResult result = block.results().get(index);
    int firstLogIndex = 0;
    for (int i = 0; i < index; i++) {
      firstLogIndex += block.receipts().get(i).logs().size();
    }
    return ReceiptJson.of(
        new ReceiptJson.Facts(
            result.transaction(),
            block.receipts().get(index),
            new TransactionJson.Position(block.block().hash(), block.number(), index),
            block.gasUsedBy(index),
            result.contractAddress(),
            firstLogIndex,
            Optional.of(result.returnData())));
  }
}
