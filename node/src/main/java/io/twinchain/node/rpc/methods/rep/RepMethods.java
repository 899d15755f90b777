/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.rep;

import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.ReputationQueries;
import java.util.List;

/** The {@code rep_} namespace: AP reputations from the ReputationRegistry system contract. */
public final class RepMethods implements ApiGroup {

  private final BlockchainQueries chain;
  private final ReputationQueries reputations;

  public RepMethods(final BlockchainQueries chain, final ReputationQueries reputations) {
    this.chain = chain;
    this.reputations = reputations;
  }

  @Override
  public RpcApi api() {
    return RpcApi.REP;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(
        new RepGetReputation(chain, reputations),
        new RepGetHistory(reputations),
        new RepList(chain, reputations));
  }
}
