/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import java.util.Optional;

/**
 * {@code eth_getLogs(filter)}: the canonical logs matching a filter, in chain order. A range longer
 * than the configured limit is refused with {@code -32005} rather than scanned.
 */
public final class EthGetLogs implements JsonRpcMethod {

  private final BlockchainQueries chain;
  private final long maxBlockRange;

  /** Logs of {@code chain}, at most {@code maxBlockRange} blocks per request. */
  public EthGetLogs(final BlockchainQueries chain, final long maxBlockRange) {
    this.chain = chain;
    this.maxBlockRange = maxBlockRange;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GET_LOGS;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    final JsonNode object = params.object(0);
    final LogFilter filter = JsonRpcParams.parsed(0, () -> LogFilter.parse(object));
    final ArrayNode logs = HexJson.NODES.arrayNode();
    if (filter.blockHash().isPresent()) {
      chain
          .block(filter.blockHash().get())
          .ifPresent(block -> logs.addAll(BlockLogs.matching(block, filter)));
      return logs;
    }
    final long head = chain.headNumber();
    final long from = filter.fromBlock().resolve(head);
    final long to = filter.toBlock().resolve(head);
    if (from > to) {
      throw new JsonRpcException(JsonRpcError.INVALID_BLOCK_RANGE, from + " > " + to);
    }
    if (to - from >= maxBlockRange) {
      throw new JsonRpcException(
          JsonRpcError.EXCEEDS_LOG_BLOCK_RANGE,
          (to - from + 1) + " blocks requested, at most " + maxBlockRange);
    }
    for (long number = from; number <= Math.min(to, head); number++) {
      final Optional<BlockHeader> header = chain.canonicalHeader(number);
      if (header.isPresent() && BlockLogs.mayMatch(header.get(), filter)) {
        chain
            .block(header.get().hash())
            .ifPresent(block -> logs.addAll(BlockLogs.matching(block, filter)));
      }
    }
    return logs;
  }
}
