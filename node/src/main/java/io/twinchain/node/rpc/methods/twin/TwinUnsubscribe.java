/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.node.rpc.RpcMethod;

/** {@code twin_unsubscribe(id)}: ends one of this connection's twin subscriptions. */
public final class TwinUnsubscribe implements JsonRpcMethod {

  private final TwinSubscriptions subscriptions;

  public TwinUnsubscribe(final TwinSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.TWIN_UNSUBSCRIBE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    final RpcConnection connection = TwinParams.connection(params);
    params.requireCount(1);
    return subscriptions.unsubscribe(params.string(0), connection);
  }
}
