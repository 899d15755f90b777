/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.subscription.Subscriptions;

/**
 * {@code eth_unsubscribe(id)}: ends one of this connection's subscriptions; {@code -32000} for an
 * id it does not own.
 */
public final class EthUnsubscribe implements JsonRpcMethod {

  private final Subscriptions subscriptions;

  public EthUnsubscribe(final Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_UNSUBSCRIBE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    final RpcConnection connection = EthSubscribe.requireConnection(params);
    params.requireCount(1);
    if (!subscriptions.unsubscribe(params.string(0), connection)) {
      throw new JsonRpcException(JsonRpcError.SUBSCRIPTION_NOT_FOUND, params.string(0));
    }
    return true;
  }
}
