/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.app;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.node.chain.ChainService;
import io.twinchain.node.cli.TwinchainVersion;
import io.twinchain.node.controller.ControllerQueries;
import io.twinchain.node.controller.ControllerService;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsHttpServer;
import io.twinchain.node.metrics.PrometheusMetricsSystem;
import io.twinchain.node.offload.OffloadNodeServices;
import io.twinchain.node.p2p.ChainStatusSource;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.permissions.EnodeUrl;
import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.JsonRpcProcessor;
import io.twinchain.node.rpc.http.JsonRpcHttpServer;
import io.twinchain.node.rpc.http.JsonRpcWebSocketServer;
import io.twinchain.node.rpc.methods.dnn.DnnMethods;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.ChainServiceActivity;
import io.twinchain.node.rpc.query.LedgerRpcBackend;
import io.twinchain.node.twin.TwinGatewayService;
import io.twinchain.node.twin.anchor.AnchorPorts;
import io.twinchain.node.txpool.NodeTransactionPool;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.abi.datatypes.Address;

/**
 * A running node: P2P network, JSON-RPC servers and metrics, wired by hand from a {@link
 * NodeConfiguration}. The ledger (RocksDB under {@code <data-path>/chain}) is opened, or
 * initialised from genesis, at construction; the {@link ChainService} imports, gossips, syncs and
 * (on an AP) mines blocks.
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
  private final NodeTransactionPool transactionPool;
  private final ChainService chain;
  private final Optional<TwinGatewayService> twins;
  private final LedgerRpcBackend rpcBackend;
  private final OffloadNodeServices offload;
  private final Optional<ControllerService> controller;

  public TwinchainNode(
      final NodeConfiguration config, final NodeKey key, final GenesisConfig genesis) {
    this.config = config;
    this.genesis = genesis;
    this.database = ChainDatabase.open(config.dataPath().resolve("chain"), genesis);
    final Blockchain blockchain = database.blockchain();
    this.status =
        () ->
            new StatusMessage(
                TwinchainV1.VERSION,
                genesis.chainId(),
                blockchain.genesis().hash(),
                blockchain.head().hash(),
                blockchain.head().number());
    this.permissions = PermissionsConfig.load(config.permissionsFile());
    this.transactionPool =
        new NodeTransactionPool(database, permissions, config.transactionPool(), metrics);
    this.network = new P2PNetwork(config.p2p(), key, permissions, status);
    this.requests = new RequestResponseChannel(network);
    this.chain =
        new ChainService(
            database,
            genesis,
            network,
            transactionPool.pool(),
            config.role() == NodeRole.AP && config.miner().enabled()
                ? Optional.of(new Address(key.address()))
                : Optional.empty(),
            config.miner());
    chain.events().onCanonicalBlock(transactionPool.chainFollower());
    this.rpcBackend =
        new LedgerRpcBackend(
            genesis,
            database,
            chain.events(),
            transactionPool.pool(),
            new ChainServiceActivity(chain),
            config.transactionPool().minGasPrice());
    this.offload = new OffloadNodeServices(config.offload());
    this.twins =
        config.role() == NodeRole.GATEWAY
            ? Optional.of(
                new TwinGatewayService(
                    config.twin(),
                    config.dataPath(),
                    key,
                    genesis.chainId(),
                    metrics,
                    Optional.of(
                        new AnchorPorts(
                            transactionPool.pool(),
                            chain.events(),
                            database.storage()::receipts,
                            genesis.chainId(),
                            Instant.ofEpochSecond(genesis.timestamp()),
                            request -> {
                              final BlockchainQueries ledger = rpcBackend.queries().blockchain();
                              return ledger.call(ledger.headNumber(), request);
                            }))))
            : Optional.empty();
    this.controller =
        ControllerService.ifEnabled(
            config.controller(),
            config.role().label(),
            key,
            genesis,
            requests,
            metrics,
            ControllerWiring.ports(
                config.role(),
                key,
                genesis,
                config.controller(),
                network,
                transactionPool.pool(),
                chain.miner(),
                offload),
            offload.zoo());
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
    chain.start();
    stoppers.add(this::closeChain);
    network.start();
    stoppers.add(network::close);
    config.bootnodes().forEach(enode -> EnodeUrl.parse(enode).ifPresent(network::connect));
    twins.ifPresent(TwinGatewayService::start);
    stoppers.add(offload::close);
    if (config.role() == NodeRole.AP) {
      offload.startAp(requests);
    }
    twins.ifPresent(
        gateway ->
            offload.startGateway(
                requests,
                gateway.twins(),
                gateway::modifyFeatureProperties,
                ControllerWiring.offloadPorts(controller, genesis, config.offload().slot())));
    controller.ifPresent(ControllerService::start);
    controller.ifPresent(c -> stoppers.add(c::close));
    final JsonRpcProcessor processor =
        JsonRpcServices.processor(
            JsonRpcServices.groups(
                clientVersion,
                rpcBackend.queries(),
                rpcBackend.reputations(),
                new P2PNetworkQueries(network, status, clientVersion),
                permissions,
                controller.<ControllerQueries>map(c -> c).orElse(ControllerQueries.DISABLED),
                twins,
                new DnnMethods(offload.zoo(), offload.history())),
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

  /** The chain service: canonical-chain events, sync status, the AP's miner. */
  public ChainService chain() {
    return chain;
  }

  private void closeChain() {
    try {
      chain.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The transaction pool; local services submit through it as a {@code TransactionSink}. */
  public TransactionPool transactionPool() {
    return transactionPool.pool();
  }

  /** The DNN offload runtime: the AP's tail service, the gateway's loop once started. */
  public OffloadNodeServices offload() {
    return offload;
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
    twins.ifPresent(TwinGatewayService::close);
    rpcBackend.close();
    database.close();
    LOG.info("twinchain node stopped");
  }
}
