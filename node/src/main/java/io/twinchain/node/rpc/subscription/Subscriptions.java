/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.block.Block;
import io.twinchain.chain.json.BlockJson;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.chain.ChainEvents;
import io.twinchain.node.rpc.RpcConnection;
import io.twinchain.node.rpc.methods.eth.BlockLogs;
import io.twinchain.node.rpc.methods.eth.LogFilter;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.MinedBlock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live subscriptions of every WebSocket connection. Each new canonical block (from {@link
 * ChainEvents}) is sent as an {@code eth_subscription} notification to {@code newHeads}
 * subscribers, and its matching logs to {@code logs} subscribers; a closed connection's
 * subscriptions end with it.
 */
public final class Subscriptions {

  /** What a subscription delivers: new heads, or the logs a filter matches. */
  public record Subscription(RpcConnection connection, Optional<LogFilter> logs) {}

  private final ObjectMapper mapper = new ObjectMapper();
  private final BlockchainQueries chain;
  private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);

  /** Subscriptions fed by {@code events}, reading receipts from {@code chain}. */
  public Subscriptions(final ChainEvents events, final BlockchainQueries chain) {
    this.chain = chain;
    events.onCanonicalBlock(this::publish);
  }

  /** Adds a subscription and returns its id (a hex quantity, as go-ethereum's). */
  public String subscribe(final Subscription subscription) {
    final String id = HexJson.quantity(nextId.getAndIncrement()).textValue();
    byId.put(id, subscription);
    subscription.connection().onClose(() -> byId.values().removeIf(s -> s == subscription));
    return id;
  }

  /** Ends subscription {@code id} if {@code connection} owns it; whether it did. */
  public boolean unsubscribe(final String id, final RpcConnection connection) {
    final Subscription subscription = byId.get(id);
    return subscription != null
        && subscription.connection() == connection
        && byId.remove(id, subscription);
  }

  private void publish(final Block block) {
    final ObjectNode head = BlockJson.header(block.header());
    final Optional<MinedBlock> mined =
        byId.values().stream().anyMatch(s -> s.logs().isPresent())
            ? chain.block(block.hash())
            : Optional.empty();
    byId.forEach(
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

  private void notify(final String id, final Subscription subscription, final JsonNode result) {
    final ObjectNode message = HexJson.NODES.objectNode();
    message.put("jsonrpc", "2.0");
    message.put("method", "eth_subscription");
    final ObjectNode params = message.putObject("params");
    params.put("subscription", id);
    params.set("result", result);
    subscription.connection().send(message.toString());
  }
}
