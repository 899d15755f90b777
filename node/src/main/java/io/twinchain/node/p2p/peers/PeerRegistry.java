/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.peers;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.wire.DisconnectReason;
import io.twinchain.node.p2p.wire.StatusMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The established peers, one connection per node. When two connections to one node are open at
 * once, both ends keep the same one without talking: the one dialled by the node with the smaller
 * id, and if one node dialled twice, the one from its higher source port (which both ends see).
 * Keeping "the first" or "the newest" instead lets the two ends pick different connections and
 * close both.
 */
public final class PeerRegistry {

  private final NodeId self;
  private final int maxPeers;
  private final Predicate<NodeId> allowed;
  private final Map<NodeId, PeerConnection> peers = new ConcurrentHashMap<>();
  private final List<Consumer<PeerConnection>> onConnect = new CopyOnWriteArrayList<>();
  private final List<Consumer<PeerConnection>> onDisconnect = new CopyOnWriteArrayList<>();

  /** {@code allowed} is the node allowlist, consulted again when a peer's STATUS arrives. */
  public PeerRegistry(final NodeId self, final int maxPeers, final Predicate<NodeId> allowed) {
    this.self = self;
    this.maxPeers = maxPeers;
    this.allowed = allowed;
  }

  /** Registers a peer whose STATUS was accepted; empty on success, else why it must go. */
  public synchronized Optional<DisconnectReason> add(
      final PeerConnection peer, final StatusMessage status) {
    if (!allowed.test(peer.id())) {
      return Optional.of(DisconnectReason.NOT_ON_ALLOWLIST);
    }
    final PeerConnection existing = peers.get(peer.id());
    if (existing != null) {
      if (!preferred(peer, existing)) {
        return Optional.of(DisconnectReason.ALREADY_CONNECTED);
      }
      peers.remove(peer.id());
      existing.disconnect(DisconnectReason.ALREADY_CONNECTED);
    } else if (peers.size() >= maxPeers) {
      return Optional.of(DisconnectReason.TOO_MANY_PEERS);
    }
    peer.established(status);
    peers.put(peer.id(), peer);
    onConnect.forEach(listener -> listener.accept(peer));
    return Optional.empty();
  }

  /**
   * Disconnects every peer no longer allowed. Synchronized with {@link #add} so a peer whose TLS
   * handshake passed before its removal from the allowlist cannot register after this sweep.
   */
  public synchronized List<PeerConnection> disconnectDisallowed() {
    final List<PeerConnection> dropped =
        all().stream().filter(peer -> !allowed.test(peer.id())).toList();
    dropped.forEach(peer -> peer.disconnect(DisconnectReason.NOT_ON_ALLOWLIST));
    return dropped;
  }

  /** Forgets {@code peer} if it is the registered connection for its node. */
  public void remove(final PeerConnection peer) {
    if (peers.remove(peer.id(), peer)) {
      onDisconnect.forEach(listener -> listener.accept(peer));
    }
  }

  public Optional<PeerConnection> get(final NodeId id) {
    return Optional.ofNullable(peers.get(id));
  }

  public boolean isConnected(final NodeId id) {
    return peers.containsKey(id);
  }

  /** The peers, ordered by node id for stable output. */
  public List<PeerConnection> all() {
    final List<PeerConnection> list = new ArrayList<>(peers.values());
    list.sort(Comparator.comparing(peer -> peer.id().toHex()));
    return list;
  }

  public int size() {
    return peers.size();
  }

  public void onConnect(final Consumer<PeerConnection> listener) {
    onConnect.add(listener);
  }

  public void onDisconnect(final Consumer<PeerConnection> listener) {
    onDisconnect.add(listener);
  }

  private boolean preferred(final PeerConnection candidate, final PeerConnection existing) {
    if (candidate.inbound() != existing.inbound()) {
      final boolean selfIsSmaller = self.toHex().compareTo(candidate.id().toHex()) < 0;
      return selfIsSmaller != candidate.inbound();
    }
    return diallerPort(candidate) > diallerPort(existing);
  }

  private static int diallerPort(final PeerConnection connection) {
    return connection.inbound()
        ? connection.remoteAddress().getPort()
        : connection.localAddress().getPort();
  }
}
