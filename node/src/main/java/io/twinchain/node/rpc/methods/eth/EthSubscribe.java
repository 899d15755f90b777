/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.subscription.Subscriptions;
import java.util.Optional;

/**
 * {@code eth_subscribe("newHeads")} or {@code eth_subscribe("logs", filter)} over WebSocket:
 * returns the subscription id; notifications follow as {@code eth_subscription} messages.
 */
public final class EthSubscribe implements JsonRpcMethod {

  private final Subscriptions subscriptions;

  public EthSubscribe(final Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_SUBSCRIBE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    final RpcConnection connection = requireConnection(params);
    params.requireCount(1, 2);
    return switch (params.string(0)) {
      case "newHeads" -> {
        params.requireCount(1);
        yield subscriptions.subscribe(new Subscriptions.Subscription(connection, Optional.empty()));
      }
      case "logs" -> {
        final JsonNode filter = params.size() == 2 ? params.object(1) : HexJson.NODES.objectNode();
        yield subscriptions.subscribe(
            new Subscriptions.Subscription(
                connection, Optional.of(JsonRpcParams.parsed(1, () -> LogFilter.parse(filter)))));
      }
      default ->
          throw new JsonRpcException(
              JsonRpcError.INVALID_PARAMS,
              "unsupported subscription '" + params.string(0) + "' (newHeads, logs)");
    };
  }

  /** The request's WebSocket connection; subscriptions need one. */
  static RpcConnection requireConnection(final JsonRpcParams params) throws JsonRpcException {
    return params
        .connection()
        .orElseThrow(() -> new JsonRpcException(JsonRpcError.SUBSCRIPTIONS_NEED_WEBSOCKET));
  }
}
