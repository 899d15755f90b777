/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.node.rpc.RpcMethod;
import java.util.Optional;
import java.util.Set;

/**
 * {@code twin_subscribe({thingId?, namespace?, gateway?})} over WebSocket: returns a subscription
 * id; every durable change of a matching twin follows as a {@code twin_subscription} notification
 * with the twin's JSON.
 */
public final class TwinSubscribe implements JsonRpcMethod {

  private static final Set<String> FILTER_KEYS = Set.of("thingId", "namespace", "gateway");

  private final TwinSubscriptions subscriptions;

  public TwinSubscribe(final TwinSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.TWIN_SUBSCRIBE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    final RpcConnection connection = TwinParams.connection(params);
    final ObjectNode filter = TwinParams.options(params, 0);
    for (final String key : (Iterable<String>) filter::fieldNames) {
      if (!FILTER_KEYS.contains(key) || !filter.get(key).isTextual()) {
        throw TwinParams.invalid("filter members are strings: thingId, namespace, gateway");
      }
    }
    return subscriptions.subscribe(
        new TwinSubscriptions.Subscription(
            connection,
            text(filter, "thingId"),
            text(filter, "namespace"),
            text(filter, "gateway")));
  }

  private static Optional<String> text(final ObjectNode filter, final String key) {
    return Optional.ofNullable(filter.get(key)).map(JsonNode::textValue);
  }
}
