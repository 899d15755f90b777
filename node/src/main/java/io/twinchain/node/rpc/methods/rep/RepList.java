/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.rep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.ReputationQueries;

/**
 * {@code rep_list(block?)}: every AP's reputation after the block (the genesis APs and any AP with
 * receipts); null for an unknown block.
 */
public final class RepList implements JsonRpcMethod {

  private final BlockchainQueries chain;
  private final ReputationQueries reputations;

  public RepList(final BlockchainQueries chain, final ReputationQueries reputations) {
    this.chain = chain;
    this.reputations = reputations;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.REP_LIST;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0, 1);
    return reputations
        .all(params.blockTag(0).resolve(chain.headNumber()))
        .map(
            all -> {
              final ArrayNode json = HexJson.NODES.arrayNode();
              all.forEach(reputation -> json.add(ReputationJson.of(reputation)));
              return json;
            })
        .orElse(null);
  }
}
