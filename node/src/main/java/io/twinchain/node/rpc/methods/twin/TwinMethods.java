/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import java.util.List;
import java.util.Optional;

/** The {@code twin_} namespace; served only by gateway nodes (empty elsewhere). */
public final class TwinMethods implements ApiGroup {

  private final Optional<? extends TwinQueries> twins;

  public TwinMethods(final Optional<? extends TwinQueries> twins) {
    this.twins = twins;
  }

  @Override
  public RpcApi api() {
    return RpcApi.TWIN;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return twins.<List<JsonRpcMethod>>map(TwinMethods::methods).orElse(List.of());
  }

  private static List<JsonRpcMethod> methods(final TwinQueries twins) {
    final TwinSubscriptions subscriptions = new TwinSubscriptions(twins);
    return List.of(
        new TwinGet(twins),
        new TwinList(twins),
        new TwinGetHistory(twins),
        new TwinSetDesired(twins),
        new TwinGetProof(twins),
        new TwinSubscribe(subscriptions),
        new TwinUnsubscribe(subscriptions));
  }
}
