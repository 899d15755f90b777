/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.RequestMessage;
import io.twinchain.node.p2p.wire.ResponseMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.p2p.wire.WireException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request/response over P2P: a request names a topic and carries opaque bytes (for example an
 * offloaded tensor); the peer's handler for that topic answers with bytes. Futures fail with {@link
 * RequestFailedException} on a remote error, {@link java.util.concurrent.TimeoutException} after
 * the timeout, or when the peer disconnects.
 */
public final class RequestResponseChannel {
  private static final Logger LOG = LoggerFactory.getLogger(RequestResponseChannel.class);

  /** Serves requests on one topic. */
  @FunctionalInterface
  public interface RequestHandler {
    CompletableFuture<Bytes> handle(NodeId from, Bytes payload);
  }

  private record Pending(NodeId peer, CompletableFuture<Bytes> future) {}

  private final P2PNetwork network;
  private final Map<String, RequestHandler> topics = new ConcurrentHashMap<>();
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong();

  /** Registers the REQUEST and RESPONSE handlers on {@code network}. */
  public RequestResponseChannel(final P2PNetwork network) {
    this.network = network;
    network.registerHandler(TwinchainV1.REQUEST, this::onRequest);
    network.registerHandler(TwinchainV1.RESPONSE, this::onResponse);
    network.peers().onDisconnect(this::failPendingOf);
  }

  /** Serves {@code topic} with {@code handler}; one handler per topic. */
  public void register(final String topic, final RequestHandler handler) {
    if (topics.putIfAbsent(topic, handler) != null) {
      throw new IllegalStateException("topic " + topic + " already has a handler");
    }
  }

  /** Sends a request to {@code peer} and completes with its answer. */
  public CompletableFuture<Bytes> request(
      final NodeId peer, final String topic, final Bytes payload, final Duration timeout) {
    final PeerConnection connection = network.peers().get(peer).orElse(null);
    if (connection == null) {
      return CompletableFuture.failedFuture(
          new RequestFailedException("peer " + peer.shortId() + " is not connected"));
    }
    final long id = nextId.incrementAndGet();
    final CompletableFuture<Bytes> future = new CompletableFuture<>();
    pending.put(id, new Pending(peer, future));
    future.whenComplete((value, error) -> pending.remove(id));
    connection.send(new RequestMessage(id, topic, payload).encode());
    return future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private ValidationResult onRequest(final PeerConnection peer, final Frame frame)
      throws WireException {
    final RequestMessage request = RequestMessage.decode(frame);
    final RequestHandler handler = topics.get(request.topic());
    if (handler == null) {
      peer.send(
          new ResponseMessage(
                  request.requestId(), ResponseMessage.Status.UNKNOWN_TOPIC, Bytes.EMPTY)
              .encode());
      return ValidationResult.IGNORE;
    }
    handler
        .handle(peer.id(), request.payload())
        .whenComplete(
            (answer, error) -> {
              if (error != null) {
                LOG.warn("Handler for {} failed: {}", request.topic(), error.toString());
              }
              peer.send(
                  (error == null
                          ? new ResponseMessage(
                              request.requestId(), ResponseMessage.Status.OK, answer)
                          : new ResponseMessage(
                              request.requestId(),
                              ResponseMessage.Status.HANDLER_FAILED,
                              Bytes.EMPTY))
                      .encode());
            });
    return ValidationResult.ACCEPT;
  }

  private ValidationResult onResponse(final PeerConnection peer, final Frame frame)
      throws WireException {
    final ResponseMessage response = ResponseMessage.decode(frame);
    final Pending waiting = pending.get(response.requestId());
    if (waiting == null || !waiting.peer().equals(peer.id())) {
      return ValidationResult.IGNORE;
    }
    if (response.status() == ResponseMessage.Status.OK) {
      waiting.future().complete(response.payload());
    } else {
      waiting
          .future()
          .completeExceptionally(new RequestFailedException("peer answered " + response.status()));
    }
    return ValidationResult.ACCEPT;
  }

  private void failPendingOf(final PeerConnection peer) {
    pending.values().stream()
        .filter(waiting -> waiting.peer().equals(peer.id()))
        .forEach(
            waiting ->
                waiting
                    .future()
                    .completeExceptionally(
                        new RequestFailedException(
                            "peer " + peer.id().shortId() + " disconnected")));
  }
}
