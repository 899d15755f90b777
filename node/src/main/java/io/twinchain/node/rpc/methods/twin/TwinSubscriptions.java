/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.store.ThingJson;
import io.twinchain.twin.store.TwinWriteBatch;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live {@code twin_subscribe} subscriptions: after every durable twin commit, each changed twin
 * that matches a subscription's filter is pushed to its WebSocket as a {@code twin_subscription}
 * notification carrying the twin's {@code twin_get} JSON. A closed connection's subscriptions end
 * with it.
 */
public final class TwinSubscriptions {

  /**
   * What a subscription wants; empty parts match everything.
   *
   * @param connection where notifications go
   * @param thingId only this twin
   * @param namespace only twins of this namespace
   * @param gateway only twins of this gateway
   */
  public record Subscription(
      RpcConnection connection,
      Optional<String> thingId,
      Optional<String> namespace,
      Optional<String> gateway) {

    boolean matches(final Thing thing) {
      return thingId.map(id -> id.equals(thing.thingId().toString())).orElse(true)
          && namespace.map(ns -> ns.equals(thing.thingId().namespace())).orElse(true)
          && gateway.map(gw -> gw.equals(thing.gatewayId().value())).orElse(true);
    }
  }

  private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);

  /** Subscriptions fed by {@code twins}' commits. */
  public TwinSubscriptions(final TwinQueries twins) {
    twins.onCommitted(this::publish);
  }

  /** Adds a subscription; returns its id (a hex quantity). */
  public String subscribe(final Subscription subscription) {
    final String id = "0x" + Long.toHexString(nextId.getAndIncrement());
    byId.put(id, subscription);
    subscription.connection().onClose(() -> byId.remove(id));
    return id;
  }

  /** Ends subscription {@code id} if {@code connection} owns it; whether it did. */
  public boolean unsubscribe(final String id, final RpcConnection connection) {
    final Subscription subscription = byId.get(id);
    return subscription != null
        && subscription.connection() == connection
        && byId.remove(id, subscription);
  }

  private void publish(final TwinWriteBatch batch) {
    if (byId.isEmpty()) {
      return;
    }
    for (final Thing thing : batch.latest().values()) {
      byId.forEach(
          (id, subscription) -> {
            if (subscription.matches(thing)) {
              subscription.connection().send(notification(id, thing).toString());
            }
          });
    }
  }

  private static ObjectNode notification(final String id, final Thing thing) {
    final ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.put("jsonrpc", "2.0");
    message.put("method", "twin_subscription");
    final ObjectNode params = message.putObject("params");
    params.put("subscription", id);
    params.set("result", ThingJson.toJson(thing));
    return message;
  }
}
