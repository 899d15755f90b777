/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.peers;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.wire.DisconnectMessage;
import io.twinchain.node.p2p.wire.DisconnectReason;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.StatusMessage;
import java.net.InetSocketAddress;
import java.util.Optional;

/** An authenticated connection to a peer node; safe to use from any thread. */
public final class PeerConnection {

  private final NodeId id;
  private final boolean inbound;
  private final Channel channel;
  private volatile Optional<StatusMessage> status = Optional.empty();

  /** Wraps a channel whose TLS handshake proved {@code id}. */
  public PeerConnection(final NodeId id, final boolean inbound, final Channel channel) {
    this.id = id;
    this.inbound = inbound;
    this.channel = channel;
  }

  public NodeId id() {
    return id;
  }

  /** Whether the peer dialled us. */
  public boolean inbound() {
    return inbound;
  }

  public InetSocketAddress remoteAddress() {
    return (InetSocketAddress) channel.remoteAddress();
  }

  public InetSocketAddress localAddress() {
    return (InetSocketAddress) channel.localAddress();
  }

  /** The peer's STATUS once the handshake completed. */
  public Optional<StatusMessage> status() {
    return status;
  }

  void established(final StatusMessage peerStatus) {
    status = Optional.of(peerStatus);
  }

  public boolean isOpen() {
    return channel.isActive();
  }

  /** Queues {@code frame} for sending. */
  public void send(final Frame frame) {
    channel.writeAndFlush(frame);
  }

  /** Tells the peer why, then closes the connection. */
  public void disconnect(final DisconnectReason reason) {
    if (channel.isActive()) {
      channel
          .writeAndFlush(new DisconnectMessage(reason).encode())
          .addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public String toString() {
    return id.shortId() + "@" + channel.remoteAddress() + (inbound ? " (in)" : " (out)");
  }
}
