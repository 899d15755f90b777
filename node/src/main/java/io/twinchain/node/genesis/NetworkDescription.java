/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of {@code twinchain genesis generate}, after Besu's {@code generate-blockchain-config}:
 * a {@code genesis} template (chainId required; gasLimit, consensus, alloc passed through) and a
 * {@code blockchain} section saying how many nodes of each role to create and where they listen
 * (optionally with existing key files per role, {@code blockchain.accessPoints.keys}, relative to
 * the description, for a reproducible network), and a {@code systemContracts} section.
 *
 * @param genesis the genesis template
 * @param accessPoints number of AP nodes
 * @param gateways number of gateway nodes
 * @param host host every node advertises
 * @param p2pBasePort P2P port of the first node; node i uses base + 10 i
 * @param rpcBasePort HTTP JSON-RPC port of the first node; WebSocket is one above
 * @param metricsBasePort metrics port of the first node
 * @param accessPointKeys existing key files of the APs, in order; empty to generate keys
 * @param gatewayKeys existing key files of the gateways, in order; empty to generate keys
 * @param systemContracts who administers and controls the system contracts
 */
public record NetworkDescription(
    ObjectNode genesis,
    int accessPoints,
    int gateways,
    String host,
    int p2pBasePort,
    int rpcBasePort,
    int metricsBasePort,
    List<Path> accessPointKeys,
    List<Path> gatewayKeys,
    SystemContractsSection systemContracts) {

  /** Copies the key lists. */
  public NetworkDescription {
    accessPointKeys = List.copyOf(accessPointKeys);
    gatewayKeys = List.copyOf(gatewayKeys);
  }

  /** Reads and checks a description file. */
  public static NetworkDescription load(final Path file) {
    final JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new InvalidGenesisException(
          file, "file", "cannot be read as JSON (" + e.getMessage() + ")");
    }
    if (root == null || !(root.get("genesis") instanceof ObjectNode genesis)) {
      throw new InvalidGenesisException(file, "genesis", "must be an object");
    }
    final JsonNode chainId = genesis.path("config").path("chainId");
    if (!chainId.canConvertToLong() || chainId.asLong() <= 0) {
      throw new InvalidGenesisException(
          file, "genesis.config.chainId", "must be a positive integer");
    }
    final JsonNode chain = root.path("blockchain");
    final List<Path> apKeys = keys(file, chain, "accessPoints");
    final List<Path> gatewayKeys = keys(file, chain, "gateways");
    final int aps = apKeys.isEmpty() ? count(file, chain, "accessPoints", 1) : apKeys.size();
    final int gateways =
        gatewayKeys.isEmpty() ? count(file, chain, "gateways", 0) : gatewayKeys.size();
    final SystemContractsSection systemContracts =
        SystemContractsSection.parse(file, root.path("systemContracts"));
    systemContracts.checkMembers(file, aps, gateways);
    return new NetworkDescription(
        genesis,
        aps,
        gateways,
        chain.path("host").asText("127.0.0.1"),
        port(file, chain, "p2pBasePort", 30303),
        port(file, chain, "rpcBasePort", 8545),
        port(file, chain, "metricsBasePort", 9545),
        apKeys,
        gatewayKeys,
        systemContracts);
  }

  /** The key files listed for {@code role}, resolved against the description's folder. */
  private static List<Path> keys(final Path file, final JsonNode chain, final String role) {
    final JsonNode keys = chain.path(role).path("keys");
    if (keys.isMissingNode()) {
      return List.of();
    }
    final List<Path> paths = new ArrayList<>();
    keys.forEach(
        key -> {
          if (!key.isTextual()) {
            throw new InvalidGenesisException(
                file, "blockchain." + role + ".keys", "must list key file paths");
          }
          paths.add(file.toAbsolutePath().resolveSibling(key.asText()));
        });
    final JsonNode count = chain.path(role).path("count");
    if (!count.isMissingNode() && count.asInt() != paths.size()) {
      throw new InvalidGenesisException(
          file, "blockchain." + role + ".count", "must equal the number of keys listed");
    }
    return paths;
  }

  private static int count(
      final Path file, final JsonNode chain, final String role, final int min) {
    final JsonNode count = chain.path(role).path("count");
    if (count.isMissingNode() && min == 0) {
      return 0;
    }
    if (!count.canConvertToInt() || count.asInt() < min || count.asInt() > 100) {
      throw new InvalidGenesisException(
          file, "blockchain." + role + ".count", "must be an integer in " + min + "..100");
    }
    return count.asInt();
  }

  private static int port(
      final Path file, final JsonNode chain, final String key, final int fallback) {
    final JsonNode port = chain.get(key);
    if (port == null) {
      return fallback;
    }
    if (!port.canConvertToInt() || port.asInt() < 1 || port.asInt() > 64000) {
      throw new InvalidGenesisException(file, "blockchain." + key, "must be a port in 1..64000");
    }
    return port.asInt();
  }
}
