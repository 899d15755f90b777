/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.peers.PeerRegistry;
import io.twinchain.node.p2p.peers.PeerScores;
import io.twinchain.node.p2p.peers.PeerScores.Penalty;
import io.twinchain.node.p2p.tls.NodeCertificate;
import io.twinchain.node.p2p.tls.NodeTrustManager;
import io.twinchain.node.p2p.tls.TlsContexts;
import io.twinchain.node.p2p.wire.DisconnectReason;
import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.p2p.wire.WireException;
import io.twinchain.node.permissions.EnodeUrl;
import io.twinchain.node.permissions.PermissionsConfig;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's P2P network: listens and dials over mutual TLS 1.3, admits only allowlisted node
 * identities, keeps the established peers and dispatches their frames to registered handlers.
 * Allowlisted nodes with a greater id than ours are dialled periodically, so each pair of nodes has
 * exactly one dialler.
 */
public final class P2PNetwork implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(P2PNetwork.class);
  private static final Duration BAN_DURATION = Duration.ofMinutes(10);

  private final P2PConfig config;
  private final NodeKey nodeKey;
  private final PermissionsConfig permissions;
  private final ChainStatusSource status;
  private final PeerRegistry peers;
  private final PeerScores scores = new PeerScores(Clock.systemUTC(), BAN_DURATION);
  private final Map<Integer, ProtocolHandler> handlers = new ConcurrentHashMap<>();
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
  private final SslContext serverTls;
  private final SslContext clientTls;
  private Optional<Channel> server = Optional.empty();
  private Optional<ScheduledFuture<?>> dialler = Optional.empty();
  private volatile boolean closed;

  /** Creates the network; nothing listens until {@link #start()}. */
  public P2PNetwork(
      final P2PConfig config,
      final NodeKey nodeKey,
      final PermissionsConfig permissions,
      final ChainStatusSource status) {
    this.config = config;
    this.nodeKey = nodeKey;
    this.permissions = permissions;
    this.status = status;
    this.peers = new PeerRegistry(nodeKey.nodeId(), config.maxPeers(), permissions::isNodeAllowed);
    final NodeCertificate certificate = NodeCertificate.generate(nodeKey, new SecureRandom());
    final NodeTrustManager trust = new NodeTrustManager(permissions::isNodeAllowed);
    try {
      this.serverTls = TlsContexts.server(certificate, trust);
      this.clientTls = TlsContexts.client(certificate, trust);
    } catch (SSLException e) {
      throw new IllegalStateException("cannot set up TLS 1.3", e);
    }
    permissions.onNodesChanged(list -> dropPeersNoLongerAllowed());
  }

  /** Binds the listening socket and starts dialling allowlisted peers. */
  public void start() throws InterruptedException {
    final Channel channel =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(new PeerChannelInitializer(this, serverTls, Optional.empty(), true))
            .bind(config.host(), config.port())
            .sync()
            .channel();
    server = Optional.of(channel);
    final long interval = config.dialInterval().toMillis();
    dialler =
        Optional.of(
            group.scheduleWithFixedDelay(
                this::dialAllowlisted, 0, interval, TimeUnit.MILLISECONDS));
    LOG.info("P2P listening on {} as {}", channel.localAddress(), localEnode());
  }

  /** Dials {@code enode}; completes when TCP connects (the peer registers after STATUS). */
  public CompletableFuture<Void> connect(final EnodeUrl enode) {
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("the P2P network is closed"));
    }
    final CompletableFuture<Void> result = new CompletableFuture<>();
    new Bootstrap()
        .group(group)
        .channel(NioSocketChannel.class)
        .handler(new PeerChannelInitializer(this, clientTls, Optional.of(enode), false))
        .connect(enode.host(), enode.port())
        .addListener(
            future -> {
              if (future.isSuccess()) {
                result.complete(null);
              } else {
                result.completeExceptionally(future.cause());
              }
            });
    return result;
  }

  /** Routes frames with {@code code} from established peers to {@code handler}. */
  public void registerHandler(final int code, final ProtocolHandler handler) {
    if (handlers.putIfAbsent(code, handler) != null) {
      throw new IllegalStateException("a handler for " + TwinchainV1.name(code) + " exists");
    }
  }

  /** Sends {@code frame} to every established peer except {@code except}. */
  public void broadcast(final Frame frame, final Optional<PeerConnection> except) {
    peers.all().stream()
        .filter(peer -> except.map(e -> e != peer).orElse(true))
        .forEach(p -> p.send(frame));
  }

  void dispatch(final PeerConnection peer, final Frame frame) throws WireException {
    final ProtocolHandler handler = handlers.get(frame.code());
    if (handler == null) {
      throw new WireException(
          WireException.Reason.UNEXPECTED_MESSAGE, TwinchainV1.name(frame.code()) + " not served");
    }
    if (handler.handle(peer, frame) == ValidationResult.REJECT
        && scores.penalize(peer.id(), Penalty.INVALID_MESSAGE)) {
      LOG.warn("Disconnecting {}: too many invalid messages", peer);
      peer.disconnect(DisconnectReason.LOW_SCORE);
    }
  }

  /** Our own enode URL, as others should list it. */
  public EnodeUrl localEnode() {
    final int port =
        server.map(c -> ((InetSocketAddress) c.localAddress()).getPort()).orElse(config.port());
    return new EnodeUrl(nodeKey.nodeId(), config.advertisedHost(), port);
  }

  public boolean isListening() {
    return server.map(Channel::isActive).orElse(false);
  }

  public PeerRegistry peers() {
    return peers;
  }

  public PeerScores scores() {
    return scores;
  }

  /** The largest frame a peer accepts from us, bytes. */
  public int maxFrameLength() {
    return config.maxFrameLength();
  }

  P2PConfig config() {
    return config;
  }

  ChainStatusSource status() {
    return status;
  }

  private void dialAllowlisted() {
    final String self = nodeKey.nodeId().toHex();
    permissions.nodes().stream()
        .filter(enode -> enode.nodeId().toHex().compareTo(self) > 0)
        .filter(enode -> !peers.isConnected(enode.nodeId()) && !scores.isBanned(enode.nodeId()))
        .forEach(
            enode ->
                connect(enode)
                    .exceptionally(
                        e -> {
                          LOG.debug("Dialling {} failed: {}", enode, e.getMessage());
                          return null;
                        }));
  }

  private void dropPeersNoLongerAllowed() {
    peers
        .disconnectDisallowed()
        .forEach(peer -> LOG.info("Disconnected {}: removed from the allowlist", peer));
  }

  @Override
  public void close() {
    closed = true;
    dialler.ifPresent(task -> task.cancel(false));
    peers.all().forEach(peer -> peer.disconnect(DisconnectReason.SHUTTING_DOWN));
    server.ifPresent(Channel::close);
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
