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

/**
 * The established peers, one connection per node. When two nodes dial each other at once, both keep
 * the connection dialled by the node with the smaller id, so they agree without talking.
 */
public final class PeerRegistry {

  private final NodeId self;
  private final int maxPeers;
  private final Map<NodeId, PeerConnection> peers = new ConcurrentHashMap<>();
  private final List<Consumer<PeerConnection>> onConnect = new CopyOnWriteArrayList<>();
  private final List<Consumer<PeerConnection>> onDisconnect = new CopyOnWriteArrayList<>();

  public PeerRegistry(final NodeId self, final int maxPeers) {
    this.self = self;
    this.maxPeers = maxPeers;
  }

  /** Registers a peer whose STATUS was accepted; empty on success, else why it must go. */
  public synchronized Optional<DisconnectReason> add(
      final PeerConnection peer, final StatusMessage status) {
    final PeerConnection existing = peers.get(peer.id());
    if (existing != null) {
      if (!keepsNewer(peer)) {
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

  private boolean keepsNewer(final PeerConnection newer) {
    final boolean selfIsSmaller = self.toHex().compareTo(newer.id().toHex()) < 0;
    return selfIsSmaller != newer.inbound();
  }
}
