/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.app;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.node.cli.TwinchainVersion;
import io.twinchain.node.controller.ControllerPorts;
import io.twinchain.node.controller.ControllerQueries;
import io.twinchain.node.controller.ControllerService;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsHttpServer;
import io.twinchain.node.metrics.PrometheusMetricsSystem;
import io.twinchain.node.p2p.ChainStatusSource;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.permissions.EnodeUrl;
import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.JsonRpcProcessor;
import io.twinchain.node.rpc.http.JsonRpcHttpServer;
import io.twinchain.node.rpc.http.JsonRpcWebSocketServer;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running node: P2P network, JSON-RPC servers and metrics, wired by hand from a {@link
 * NodeConfiguration}. The ledger (RocksDB under {@code <data-path>/chain}) is opened, or
 * initialised from genesis, at construction; block import over P2P is not wired yet.
 */
public final class TwinchainNode implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TwinchainNode.class);

  private final NodeConfiguration config;
  private final Vertx vertx = Vertx.vertx();
  private final PrometheusMetricsSystem metrics = new PrometheusMetricsSystem();
  private final P2PNetwork network;
  private final RequestResponseChannel requests;
  private final List<Runnable> stoppers = new ArrayList<>();
  private final String clientVersion = TwinchainVersion.clientVersion();
  private final ChainStatusSource status;
  private final PermissionsConfig permissions;
  private final GenesisConfig genesis;
  private final ChainDatabase database;
  private final LedgerQueries ledger;
  private final Optional<ControllerService> controller;

  public TwinchainNode(
      final NodeConfiguration config, final NodeKey key, final GenesisConfig genesis) {
    this.config = config;
    this.genesis = genesis;
    this.database = ChainDatabase.open(config.dataPath().resolve("chain"), genesis);
    final Blockchain blockchain = database.blockchain();
    this.ledger = new LedgerQueries(blockchain, database.worldState());
    this.status =
        () ->
            new StatusMessage(
                TwinchainV1.VERSION,
                genesis.chainId(),
                blockchain.genesis().hash(),
                blockchain.head().hash(),
                blockchain.head().number());
    this.permissions = PermissionsConfig.load(config.permissionsFile());
    this.network = new P2PNetwork(config.p2p(), key, permissions, status);
    this.requests = new RequestResponseChannel(network);
    this.controller =
        ControllerService.ifEnabled(
            config.controller(),
            config.role().label(),
            key,
            genesis,
            requests,
            metrics,
            ControllerPorts.followerOnly(
                () -> network.peers().all().stream().map(PeerConnection::id).toList()));
    registerMetrics();
  }

  private void registerMetrics() {
    metrics.gauge(
        MetricCategory.ETHEREUM,
        "peer_count",
        "Established P2P peers",
        () -> network.peers().size());
    metrics.gauge(
        MetricCategory.ETHEREUM,
        "blockchain_height",
        "Height of the local chain head",
        () -> status.localStatus().headNumber());
    metrics.gauge(
        MetricCategory.ETHEREUM,
        "best_known_block_number",
        "Highest head known: ours or any peer's",
        () ->
            Math.max(
                status.localStatus().headNumber(),
                network.peers().all().stream()
                    .mapToLong(p -> p.status().map(StatusMessage::headNumber).orElse(0L))
                    .max()
                    .orElse(0L)));
    metrics.gauge(
        MetricCategory.PERMISSIONING,
        "allowed_nodes",
        "Entries on the node allowlist",
        () -> permissions.nodes().size());
  }

  /** Starts every enabled service; returns once all listen. */
  public void start() throws InterruptedException {
    network.start();
    stoppers.add(network::close);
    config.bootnodes().forEach(enode -> EnodeUrl.parse(enode).ifPresent(network::connect));
    controller.ifPresent(ControllerService::start);
    controller.ifPresent(c -> stoppers.add(c::close));
    final JsonRpcProcessor processor =
        JsonRpcServices.processor(
            JsonRpcServices.groups(
                clientVersion,
                genesis::chainId,
                ledger,
                new P2PNetworkQueries(network, status, clientVersion),
                permissions,
                controller.<ControllerQueries>map(c -> c).orElse(ControllerQueries.DISABLED)),
            config.apis(),
            metrics,
            config.maxBatchSize());
    config
        .http()
        .ifPresent(
            http -> {
              final JsonRpcHttpServer server = new JsonRpcHttpServer(vertx, http, processor);
              LOG.info("JSON-RPC HTTP listening on {}:{}", http.host(), server.start().await());
              stoppers.add(() -> server.stop().await());
            });
    config
        .ws()
        .ifPresent(
            ws -> {
              final JsonRpcWebSocketServer server =
                  new JsonRpcWebSocketServer(vertx, ws, processor);
              LOG.info("JSON-RPC WebSocket listening on {}:{}", ws.host(), server.start().await());
              stoppers.add(() -> server.stop().await());
            });
    config
        .metrics()
        .ifPresent(
            address -> {
              final MetricsHttpServer server =
                  new MetricsHttpServer(
                      vertx,
                      metrics,
                      () ->
                          network.isListening()
                              ? Optional.empty()
                              : Optional.of("P2P is not listening"));
              LOG.info(
                  "Metrics listening on {}:{}",
                  address.host(),
                  server.start(address.host(), address.port()).await());
              stoppers.add(() -> server.stop().await());
            });
    LOG.info(
        "twinchain {} node started: {} chain {}",
        config.role().label(),
        network.localEnode(),
        genesis.chainId());
  }

  public EnodeUrl enode() {
    return network.localEnode();
  }

  /** The request/response channel for the offload runtime's tensor transfer. */
  public RequestResponseChannel requests() {
    return requests;
  }

  @Override
  public void close() {
    for (int i = stoppers.size() - 1; i >= 0; i--) {
      stoppers.get(i).run();
    }
    vertx.close().await();
    database.close();
    LOG.info("twinchain node stopped");
  }
}
