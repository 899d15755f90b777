/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import io.twinchain.chain.genesis.GenesisAccount;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.txpool.LedgerHeadState;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.chain.txpool.TransactionPoolConfig;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.contracts.genesis.SystemContractsGenesis;
import io.twinchain.node.app.JsonRpcServices;
import io.twinchain.node.app.P2PNetworkQueries;
import io.twinchain.node.chain.ChainEvents;
import io.twinchain.node.cli.TwinchainVersion;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.offload.gateway.PartitionHistory;
import io.twinchain.node.p2p.ChainStatusSource;
import io.twinchain.node.p2p.P2PConfig;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.http.JsonRpcHttpServer;
import io.twinchain.node.rpc.http.JsonRpcServerConfig;
import io.twinchain.node.rpc.http.JsonRpcWebSocketServer;
import io.twinchain.node.rpc.methods.dnn.DnnMethods;
import io.twinchain.node.rpc.query.IdleNode;
import io.twinchain.node.rpc.query.LedgerRpcBackend;
import io.twinchain.node.testsupport.TestBlockProducer;
import io.twinchain.node.testsupport.TestGenesis;
import io.twinchain.node.testsupport.TwinFixture;
import io.twinchain.offload.zoo.ModelZoo;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * A real P2P network and permissions file behind a JSON-RPC processor, with a fixed dev key (the
 * well-known Besu dev key, never used outside tests) so responses are reproducible.
 */
final class RpcTestNode implements AutoCloseable {

  static final long CHAIN_ID = 1337;
  static final NodeKey DEV_KEY =
      NodeKey.fromPrivateKey(
              new BigInteger(
                  "8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63", 16))
          .orElseThrow();
  static final String INITIAL_PERMISSIONS =
      "nodes-allowlist=[\"enode://"
          + "aa".repeat(64)
          + "@127.0.0.1:30303\"]\n"
          + "accounts-allowlist=[\"0xfe3b557e8fb62b89f4916b721be55ceb828dbd73\"]\n";

  /** The AP of the test chain's genesis. */
  static final Address ACCESS_POINT = new Address("0x00000000000000000000000000000000000000a1");

  /** {@link TestGenesis} with the system contracts (defaults) and {@link #ACCESS_POINT}. */
  static final GenesisConfig GENESIS = genesis();

  /** Loopback servers on free ports, allowing the localhost host names. */
  static final JsonRpcServerConfig LOOPBACK =
      new JsonRpcServerConfig(
          "127.0.0.1", 0, 16, 1 << 20, List.of("localhost", "127.0.0.1"), List.of());

  final ChainDatabase database;
  final ChainEvents events = new ChainEvents();
  final TransactionPool pool;
  final TestBlockProducer producer;
  final P2PNetwork network;
  final PermissionsConfig permissions;
  final JsonRpcProcessor processor;
  private final LedgerRpcBackend backend;

  RpcTestNode(final Path dir, final MetricsSystem metrics)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    final Path file = dir.resolve("permissions_config.toml");
    Files.writeString(file, INITIAL_PERMISSIONS);
    permissions = PermissionsConfig.load(file);
    database = ChainDatabase.open(dir.resolve("chain"), GENESIS);
    final Bytes32 genesis = database.blockchain().genesis().hash();
    final StatusMessage status =
        new StatusMessage(TwinchainV1.VERSION, CHAIN_ID, genesis, genesis, 0);
    final ChainStatusSource source = () -> status;
    network = new P2PNetwork(P2PConfig.loopback(0), DEV_KEY, permissions, source);
    network.start();
    pool =
        new TransactionPool(
            CHAIN_ID,
            new LedgerHeadState(database.blockchain(), database.worldState()),
            address -> true,
            TransactionPoolConfig.DEFAULT);
    events.onCanonicalBlock(pool::onCanonicalBlock);
    backend =
        new LedgerRpcBackend(GENESIS, database, events, pool, new IdleNode(), BigInteger.ZERO);
    producer = new TestBlockProducer(database, pool, events, CHAIN_ID);
    processor =
        JsonRpcServices.processor(
            JsonRpcServices.groups(
                TwinchainVersion.clientVersion(),
                backend.queries(),
                backend.reputations(),
                new P2PNetworkQueries(network, source, TwinchainVersion.clientVersion()),
                permissions,
                new GoldenController(),
                Optional.of(new TwinFixture()),
                new DnnMethods(zoo(), new PartitionHistory(16))),
            EnumSet.allOf(RpcApi.class),
            metrics,
            4);
  }

  /** The repository's model zoo, seen from the node module's directory. */
  static ModelZoo zoo() throws IOException {
    return ModelZoo.open(Path.of("..", "offload", "models"));
  }

  private static GenesisConfig genesis() {
    final GenesisConfig plain = GenesisParser.parse(TestGenesis.JSON);
    final Map<Address, GenesisAccount> alloc = new LinkedHashMap<>(plain.alloc());
    alloc.putAll(
        SystemContractsGenesis.genesisAlloc(
            new SystemContractsConfig(
                List.of(new Address(TestGenesis.FUNDED)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                SystemContractsConfig.DEFAULT_ETA,
                SystemContractsConfig.DEFAULT_INITIAL_REPUTATION)));
    return new GenesisConfig(
        plain.chainId(),
        plain.consensus(),
        plain.timestamp(),
        plain.gasLimit(),
        plain.difficulty(),
        plain.extraData(),
        alloc,
        List.of(ACCESS_POINT),
        plain.gateways());
  }

  /** Serves {@link #processor} over HTTP on a free loopback port; returns the port. */
  int serveHttp(final Vertx vertx) {
    return new JsonRpcHttpServer(vertx, LOOPBACK, processor).start().await();
  }

  /** Serves {@link #processor} over WebSocket on a free loopback port; returns the port. */
  int serveWebSocket(final Vertx vertx) {
    return new JsonRpcWebSocketServer(vertx, LOOPBACK, processor).start().await();
  }

  @Override
  public void close() {
    producer.close();
    network.close();
    backend.close();
    database.close();
  }
}
