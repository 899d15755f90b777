/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.node;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.txpool.TransactionPoolConfig;
import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.node.app.NodeConfiguration;
import io.twinchain.node.app.NodeRole;
import io.twinchain.node.app.TwinchainNode;
import io.twinchain.node.chain.MinerSettings;
import io.twinchain.node.controller.ControllerConfig;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.keys.NodeKeyFile;
import io.twinchain.node.offload.OffloadConfig;
import io.twinchain.node.p2p.P2PConfig;
import io.twinchain.node.permissions.EnodeUrl;
import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.twin.TwinGatewayConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One in-process node of a benchmark network: its key, port and data directory. */
final class BenchNode {

  final String name;
  final NodeKey key;
  final int port;
  final Path dir;

  BenchNode(final String name, final Path root) throws IOException {
    this.name = name;
    this.dir = root.resolve(name);
    this.key = NodeKeyFile.generate(dir.resolve("key"), new SecureRandom());
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
  }

  EnodeUrl enode() {
    return new EnodeUrl(key.nodeId(), "127.0.0.1", port);
  }

  /** Chain-only nodes run no twin gateway; the record still needs a value. */
  private static final TwinGatewayConfig UNUSED_TWINS =
      new TwinGatewayConfig(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "127.0.0.1",
          0,
          0,
          Optional.empty(),
          Duration.ofSeconds(5),
          List.of(),
          Optional.empty());

  /** Starts the node with every one of {@code network} on its allowlist. */
  TwinchainNode start(
      final GenesisConfig genesis,
      final Path genesisFile,
      final List<BenchNode> network,
      final Optional<MiningRate> mining)
      throws InterruptedException {
    final Path permissions = dir.resolve("permissions_config.toml");
    PermissionsConfig.load(permissions)
        .addNodes(network.stream().map(node -> node.enode().toString()).toList());
    final NodeConfiguration config =
        new NodeConfiguration(
            mining.isPresent() ? NodeRole.AP : NodeRole.OBSERVER,
            dir,
            dir.resolve("key"),
            genesisFile,
            permissions,
            P2PConfig.loopback(port).withDialInterval(Duration.ofMillis(200)),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Set.of(),
            100,
            Optional.empty(),
            Optional.empty(),
            TransactionPoolConfig.DEFAULT,
            new MinerSettings(mining.isPresent(), 1, mining.orElse(MiningRate.PAUSED), 10_000),
            UNUSED_TWINS,
            OffloadConfig.defaults(),
            ControllerConfig.disabled());
    final TwinchainNode node = new TwinchainNode(config, key, genesis);
    node.start();
    return node;
  }
}
