/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.block.Block;
import io.twinchain.chain.json.BlockJson;
import io.twinchain.node.chain.ChainEvents;
import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.node.rpc.methods.eth.BlockLogs;
import io.twinchain.node.rpc.methods.eth.LogFilter;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.MinedBlock;
import java.util.Optional;

/**
 * The live subscriptions of every WebSocket connection. Each new canonical block (from {@link
 * ChainEvents}) is sent as an {@code eth_subscription} notification to {@code newHeads}
 * subscribers, and its matching logs to {@code logs} subscribers; a closed connection's
 * subscriptions end with it.
 */
public final class Subscriptions {

  /** What a subscription delivers: new heads, or the logs a filter matches. */
  public record Subscription(RpcConnection connection, Optional<LogFilter> logs)
      implements SubscriptionRegistry.Owned {}

  private final ObjectMapper mapper = new ObjectMapper();
  private final BlockchainQueries chain;
  private final SubscriptionRegistry<Subscription> registry = new SubscriptionRegistry<>();

  /** Subscriptions fed by {@code events}, reading receipts from {@code chain}. */
  public Subscriptions(final ChainEvents events, final BlockchainQueries chain) {
    this.chain = chain;
    events.onCanonicalBlock(this::publish);
  }

  /** Adds a subscription and returns its id (a hex quantity, as go-ethereum's). */
  public String subscribe(final Subscription subscription) {
    return registry.subscribe(subscription);
  }

  /** Ends subscription {@code id} if {@code connection} owns it; whether it did. */
  public boolean unsubscribe(final String id, final RpcConnection connection) {
    return registry.unsubscribe(id, connection);
  }

  private void publish(final Block block) {
    final ObjectNode head = BlockJson.header(block.header());
    final Optional<MinedBlock> mined =
        registry.all().stream().anyMatch(s -> s.logs().isPresent())
            ? chain.block(block.hash())
            : Optional.empty();
    registry.forEach(
        (id, subscription) -> {
          if (subscription.logs().isEmpty()) {
            notify(id, subscription, head);
          } else {
            mined.ifPresent(
                stored ->
                    BlockLogs.matching(stored, subscription.logs().get())
                        .forEach(log -> notify(id, subscription, log)));
          }
        });
  }

  private static void notify(
      final String id, final Subscription subscription, final JsonNode result) {
    SubscriptionRegistry.notify("eth_subscription", id, subscription, result);
  }
}
