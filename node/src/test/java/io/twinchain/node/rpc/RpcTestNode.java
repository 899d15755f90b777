/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.txpool.LedgerHeadState;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.chain.txpool.TransactionPoolConfig;
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
import io.twinchain.node.rpc.methods.dnn.DnnMethods;
import io.twinchain.node.rpc.query.IdleNode;
import io.twinchain.node.rpc.query.LedgerRpcBackend;
import io.twinchain.node.testsupport.TestBlockProducer;
import io.twinchain.node.testsupport.TestGenesis;
import io.twinchain.node.testsupport.TwinFixture;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

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
    database = ChainDatabase.open(dir.resolve("chain"), GenesisParser.parse(TestGenesis.JSON));
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
        new LedgerRpcBackend(CHAIN_ID, database, events, pool, new IdleNode(), BigInteger.ZERO);
    producer = new TestBlockProducer(database, pool, events, CHAIN_ID);
    processor =
        JsonRpcServices.processor(
            JsonRpcServices.groups(
                TwinchainVersion.clientVersion(),
                backend.queries(),
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

  @Override
  public void close() {
    producer.close();
    network.close();
    backend.close();
    database.close();
  }
}
