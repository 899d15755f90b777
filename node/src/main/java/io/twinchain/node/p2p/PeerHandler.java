/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.twinchain.node.keys.NodeId;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.peers.PeerScores.Penalty;
import io.twinchain.node.p2p.tls.IdentityBinding;
import io.twinchain.node.p2p.tls.InvalidIdentityException;
import io.twinchain.node.p2p.wire.DisconnectMessage;
import io.twinchain.node.p2p.wire.DisconnectReason;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.p2p.wire.WireException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's protocol state: after TLS proves the peer's node id, both sides send STATUS; a
 * compatible STATUS registers the peer and later frames go to the network's handlers. Any frame
 * error disconnects and scores the peer; nothing a peer sends escapes this handler.
 */
final class PeerHandler extends SimpleChannelInboundHandler<Object> {
  private static final Logger LOG = LoggerFactory.getLogger(PeerHandler.class);

  private final P2PNetwork network;
  private final Optional<NodeId> expected;
  private final boolean inbound;
  private Optional<PeerConnection> peer = Optional.empty();
  private boolean established;

  PeerHandler(final P2PNetwork network, final Optional<NodeId> expected, final boolean inbound) {
    this.network = network;
    this.expected = expected;
    this.inbound = inbound;
  }

  @Override
  public void channelActive(final ChannelHandlerContext ctx) {
    ctx.executor()
        .schedule(
            () -> {
              if (!established && ctx.channel().isActive()) {
                LOG.debug("Handshake timeout with {}", ctx.channel().remoteAddress());
                peer.ifPresentOrElse(
                    p -> p.disconnect(DisconnectReason.HANDSHAKE_TIMEOUT), ctx::close);
              }
            },
            network.config().handshakeTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    ctx.fireChannelActive();
  }

  @Override
  public void userEventTriggered(final ChannelHandlerContext ctx, final Object event) {
    if (event instanceof SslHandshakeCompletionEvent completion) {
      if (completion.isSuccess()) {
        onTlsEstablished(ctx);
      } else {
        LOG.debug(
            "TLS handshake with {} failed: {}",
            ctx.channel().remoteAddress(),
            completion.cause().getMessage());
        ctx.close();
      }
    }
    ctx.fireUserEventTriggered(event);
  }

  private void onTlsEstablished(final ChannelHandlerContext ctx) {
    final NodeId id;
    try {
      final X509Certificate certificate =
          (X509Certificate)
              ctx.pipeline().get(SslHandler.class).engine().getSession().getPeerCertificates()[0];
      id = IdentityBinding.verify(certificate);
    } catch (SSLPeerUnverifiedException | InvalidIdentityException e) {
      LOG.warn(
          "Peer {} presented no valid identity: {}", ctx.channel().remoteAddress(), e.getMessage());
      ctx.close();
      return;
    }
    final PeerConnection connection = new PeerConnection(id, inbound, ctx.channel());
    peer = Optional.of(connection);
    if (expected.isPresent() && !expected.get().equals(id)) {
      LOG.warn("Dialled {} but {} answered", expected.get().shortId(), id.shortId());
      connection.disconnect(DisconnectReason.UNEXPECTED_IDENTITY);
      return;
    }
    if (network.scores().isBanned(id)) {
      LOG.info("Refusing banned peer {}", connection);
      connection.disconnect(DisconnectReason.LOW_SCORE);
      return;
    }
    connection.send(network.status().localStatus().encode());
  }

  @Override
  protected void channelRead0(final ChannelHandlerContext ctx, final Object message) {
    if (peer.isEmpty()) {
      ctx.close();
      return;
    }
    final PeerConnection connection = peer.get();
    try {
      if (message instanceof WireException error) {
        throw error;
      }
      final Frame frame = (Frame) message;
      if (frame.code() == TwinchainV1.DISCONNECT) {
        LOG.info("Peer {} disconnected: {}", connection, DisconnectMessage.decode(frame).reason());
        ctx.close();
      } else if (!established) {
        onStatus(connection, frame);
      } else if (frame.code() == TwinchainV1.STATUS) {
        throw new WireException(WireException.Reason.UNEXPECTED_MESSAGE, "second STATUS");
      } else {
        network.dispatch(connection, frame);
      }
    } catch (WireException e) {
      LOG.warn("Disconnecting {} for bad input: {}", connection, e.getMessage());
      network.scores().penalize(connection.id(), Penalty.MALFORMED_MESSAGE);
      connection.disconnect(DisconnectReason.BREACH_OF_PROTOCOL);
    }
  }

  private void onStatus(final PeerConnection connection, final Frame frame) throws WireException {
    final StatusMessage theirs = StatusMessage.decode(frame);
    final Optional<DisconnectReason> refusal =
        StatusCheck.check(network.status().localStatus(), theirs)
            .or(() -> network.peers().add(connection, theirs));
    if (refusal.isPresent()) {
      LOG.info("Refusing peer {}: {}", connection, refusal.get());
      connection.disconnect(refusal.get());
      return;
    }
    established = true;
    LOG.info("Peer connected: {} head #{}", connection, theirs.headNumber());
  }

  @Override
  public void channelInactive(final ChannelHandlerContext ctx) {
    peer.ifPresent(network.peers()::remove);
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
    LOG.debug("Closing {} after error: {}", ctx.channel().remoteAddress(), cause.toString());
    ctx.close();
  }
}
