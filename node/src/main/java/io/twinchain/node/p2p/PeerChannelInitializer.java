/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.twinchain.node.p2p.wire.FrameDecoder;
import io.twinchain.node.p2p.wire.FrameEncoder;
import io.twinchain.node.permissions.EnodeUrl;
import java.util.Optional;

/** Builds a connection's pipeline: TLS, framing, then the peer protocol handler. */
final class PeerChannelInitializer extends ChannelInitializer<SocketChannel> {

  private static final FrameEncoder ENCODER = new FrameEncoder();

  private final P2PNetwork network;
  private final SslContext tls;
  private final Optional<EnodeUrl> dialled;
  private final boolean inbound;

  PeerChannelInitializer(
      final P2PNetwork network,
      final SslContext tls,
      final Optional<EnodeUrl> dialled,
      final boolean inbound) {
    this.network = network;
    this.tls = tls;
    this.dialled = dialled;
    this.inbound = inbound;
  }

  @Override
  protected void initChannel(final SocketChannel channel) {
    final SslHandler ssl =
        dialled
            .map(enode -> tls.newHandler(channel.alloc(), enode.host(), enode.port()))
            .orElseGet(() -> tls.newHandler(channel.alloc()));
    ssl.setHandshakeTimeoutMillis(network.config().handshakeTimeout().toMillis());
    channel
        .pipeline()
        .addLast("tls", ssl)
        .addLast("frame-decoder", new FrameDecoder(network.config().maxFrameLength()))
        .addLast("frame-encoder", ENCODER)
        .addLast("peer", new PeerHandler(network, dialled.map(EnodeUrl::nodeId), inbound));
  }
}
