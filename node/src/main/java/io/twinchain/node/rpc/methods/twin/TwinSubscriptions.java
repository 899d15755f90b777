/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.node.rpc.subscription.SubscriptionRegistry;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.store.ThingJson;
import io.twinchain.twin.store.TwinWriteBatch;
import java.util.Optional;

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
      Optional<String> gateway)
      implements SubscriptionRegistry.Owned {

    boolean matches(final Thing thing) {
      return thingId.map(id -> id.equals(thing.thingId().toString())).orElse(true)
          && namespace.map(ns -> ns.equals(thing.thingId().namespace())).orElse(true)
          && gateway.map(gw -> gw.equals(thing.gatewayId().value())).orElse(true);
    }
  }

  private final SubscriptionRegistry<Subscription> registry = new SubscriptionRegistry<>();

  /** Subscriptions fed by {@code twins}' commits. */
  public TwinSubscriptions(final TwinQueries twins) {
    twins.onCommitted(this::publish);
  }

  /** Adds a subscription; returns its id (a hex quantity). */
  public String subscribe(final Subscription subscription) {
    return registry.subscribe(subscription);
  }

  /** Ends subscription {@code id} if {@code connection} owns it; whether it did. */
  public boolean unsubscribe(final String id, final RpcConnection connection) {
    return registry.unsubscribe(id, connection);
  }

  private void publish(final TwinWriteBatch batch) {
    if (registry.all().isEmpty()) {
      return;
    }
    for (final Thing thing : batch.latest().values()) {
      registry.forEach(
          (id, subscription) -> {
            if (subscription.matches(thing)) {
              SubscriptionRegistry.notify(
                  "twin_subscription", id, subscription, ThingJson.toJson(thing));
            }
          });
    }
  }
}
