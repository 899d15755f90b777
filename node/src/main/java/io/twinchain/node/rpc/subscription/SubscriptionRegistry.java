/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.RpcConnection;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Live subscriptions of one kind by id, each owned by the WebSocket connection that made it and
 * ended when that connection closes; shared by {@code eth_subscribe} and {@code twin_subscribe}.
 *
 * @param <S> what a subscription asks for
 */
public final class SubscriptionRegistry<S extends SubscriptionRegistry.Owned> {

  /** A subscription: at least the connection its notifications go to. */
  public interface Owned {
    RpcConnection connection();
  }

  private final Map<String, S> byId = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);

  /** Adds a subscription and returns its id (a hex quantity, as go-ethereum's). */
  public String subscribe(final S subscription) {
    final String id = HexJson.quantity(nextId.getAndIncrement()).textValue();
    byId.put(id, subscription);
    subscription.connection().onClose(() -> byId.remove(id, subscription));
    return id;
  }

  /** Ends subscription {@code id} if {@code connection} owns it; whether it did. */
  public boolean unsubscribe(final String id, final RpcConnection connection) {
    final S subscription = byId.get(id);
    return subscription != null
        && subscription.connection() == connection
        && byId.remove(id, subscription);
  }

  /** The live subscriptions. */
  public Collection<S> all() {
    return byId.values();
  }

  /** Runs {@code action} for every live subscription with its id. */
  public void forEach(final BiConsumer<String, S> action) {
    byId.forEach(action);
  }

  /** Sends {@code {jsonrpc, method, params: {subscription: id, result}}} to the subscriber. */
  public static void notify(
      final String method, final String id, final Owned subscription, final JsonNode result) {
    final ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.put("jsonrpc", "2.0");
    message.put("method", method);
    final ObjectNode params = message.putObject("params");
    params.put("subscription", id);
    params.set("result", result);
    subscription.connection().send(message.toString());
  }
}
