/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.rep;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.ReputationQueries;

/**
 * {@code rep_getReputation(address, block?)}: an AP's reputation at the start of the slot after the
 * block, as consensus will weigh it; null for an unknown block.
 */
public final class RepGetReputation implements JsonRpcMethod {

  private final BlockchainQueries chain;
  private final ReputationQueries reputations;

  public RepGetReputation(final BlockchainQueries chain, final ReputationQueries reputations) {
    this.chain = chain;
    this.reputations = reputations;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.REP_GET_REPUTATION;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1, 2);
    return reputations
        .reputation(params.address(0), params.blockTag(1).resolve(chain.headNumber()))
        .map(ReputationJson::of)
        .orElse(null);
  }
}
