/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.MiningQueries;

/** {@code eth_syncing}: false when in step, else the sync's starting, current and highest block. */
public final class EthSyncing implements JsonRpcMethod {

  private final MiningQueries node;

  public EthSyncing(final MiningQueries node) {
    this.node = node;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_SYNCING;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return node.syncStatus()
        .<Object>map(
            sync -> {
              final ObjectNode json = HexJson.NODES.objectNode();
              json.set("startingBlock", HexJson.quantity(sync.startingBlock()));
              json.set("currentBlock", HexJson.quantity(sync.currentBlock()));
              json.set("highestBlock", HexJson.quantity(sync.highestBlock()));
              return json;
            })
        .orElse(false);
  }
}
