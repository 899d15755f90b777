/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.app;

import io.twinchain.chain.txpool.TransactionPoolConfig;
import io.twinchain.node.chain.MinerSettings;
import io.twinchain.node.controller.ControllerConfig;
import io.twinchain.node.offload.OffloadConfig;
import io.twinchain.node.p2p.P2PConfig;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.http.JsonRpcServerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code twinchain run} resolved from flags, environment and config file.
 *
 * @param role what this node does
 * @param dataPath the node's data directory
 * @param nodeKeyFile the secp256k1 key file
 * @param genesisFile the genesis file
 * @param permissionsFile the node's {@code permissions_config.toml}
 * @param p2p P2P settings
 * @param bootnodes enode URLs to dial at start
 * @param http HTTP JSON-RPC settings, empty when disabled
 * @param ws WebSocket JSON-RPC settings, empty when disabled
 * @param apis enabled namespaces
 * @param maxBatchSize most requests per batch
 * @param metrics metrics host and port, empty when disabled
 * @param mqttBroker external MQTT broker for a gateway's twins, empty for the embedded one
 * @param transactionPool the transaction pool's limits
 * @param miner how an AP mines
 * @param twin a gateway's twin settings
 * @param offload the DNN offload runtime's settings
 * @param controller the closed loop's settings (off without a controller node)
 */
public record NodeConfiguration(
    NodeRole role,
    Path dataPath,
    Path nodeKeyFile,
    Path genesisFile,
    Path permissionsFile,
    P2PConfig p2p,
    List<String> bootnodes,
    Optional<JsonRpcServerConfig> http,
    Optional<JsonRpcServerConfig> ws,
    Set<RpcApi> apis,
    int maxBatchSize,
    Optional<HostPort> metrics,
    Optional<URI> mqttBroker,
    TransactionPoolConfig transactionPool,
    MinerSettings miner,
    io.twinchain.node.twin.TwinGatewayConfig twin,
    OffloadConfig offload,
    ControllerConfig controller) {

  /** A listening address. */
  public record HostPort(String host, int port) {}
}
