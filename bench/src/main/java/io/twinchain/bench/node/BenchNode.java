/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.node;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.node.app.NodeConfiguration;
import io.twinchain.node.app.NodeRole;
import io.twinchain.node.app.TwinchainNode;
import io.twinchain.node.chain.MinerSettings;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.keys.NodeKeyFile;
import io.twinchain.node.p2p.P2PConfig;
import io.twinchain.node.permissions.EnodeUrl;
import io.twinchain.node.permissions.PermissionsConfig;
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
            mining.isPresent() ? NodeRole.AP : NodeRole.GATEWAY,
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
            new MinerSettings(mining.isPresent(), 1, mining.orElse(MiningRate.PAUSED), 10_000));
    final TwinchainNode node = new TwinchainNode(config, key, genesis);
    node.start();
    return node;
  }
}
