/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.genesis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.chain.types.Addresses;
import io.twinchain.node.app.NodeRole;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.keys.NodeKeyFile;
import io.twinchain.node.permissions.EnodeUrl;
import io.twinchain.node.permissions.PermissionsConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Keys;

/**
 * Writes a complete network from a {@link NetworkDescription}: one directory per node with its key,
 * its own permissions file (every node allows every other) and a {@code config.toml} for {@code
 * twinchain run}, plus the shared {@code genesis.json} listing the APs and gateways, with the
 * system contracts placed in its {@code alloc}.
 */
public final class NetworkGenerator {

  /** One generated node. */
  public record GeneratedNode(
      String name, NodeRole role, NodeKey key, EnodeUrl enode, Path directory, int index) {}

  private final ObjectMapper mapper = new ObjectMapper();
  private final SecureRandom random;
  private final Clock clock;

  public NetworkGenerator(final SecureRandom random, final Clock clock) {
    this.random = random;
    this.clock = clock;
  }

  /**
   * Generates into {@code to}, which must not exist or be empty. The written genesis is parsed back
   * with the chain module's parser, so a template missing a required field fails here, naming it.
   */
  public List<GeneratedNode> generate(final NetworkDescription description, final Path to)
      throws IOException {
    if (Files.isDirectory(to)) {
      try (var entries = Files.list(to)) {
        if (entries.findAny().isPresent()) {
          throw new FileAlreadyExistsException(
              to.toString(), null, "output directory is not empty");
        }
      }
    }
    final List<GeneratedNode> nodes = new ArrayList<>();
    addNodes(nodes, NodeRole.AP, description.accessPointKeys(), description, to);
    addNodes(nodes, NodeRole.GATEWAY, description.gatewayKeys(), description, to);
    final List<String> accounts =
        new ArrayList<>(nodes.stream().map(node -> node.key().address()).toList());
    description.genesis().path("alloc").fieldNames().forEachRemaining(accounts::add);
    final Path genesisFile = to.resolve("genesis.json");
    mapper
        .writerWithDefaultPrettyPrinter()
        .writeValue(genesisFile.toFile(), genesis(description, nodes, accounts));
    GenesisParser.parse(genesisFile);
    final List<String> enodes = nodes.stream().map(node -> node.enode().toString()).toList();
    for (final GeneratedNode node : nodes) {
      final PermissionsConfig permissions =
          PermissionsConfig.load(node.directory().resolve("permissions_config.toml"));
      permissions.addNodes(enodes);
      permissions.addAccounts(accounts.stream().distinct().toList());
      Files.writeString(
          node.directory().resolve("config.toml"),
          NodeConfigToml.render(node, description, genesisFile));
    }
    return nodes;
  }

  private void addNodes(
      final List<GeneratedNode> nodes,
      final NodeRole role,
      final List<Path> keys,
      final NetworkDescription description,
      final Path to)
      throws IOException {
    final int count = role == NodeRole.AP ? description.accessPoints() : description.gateways();
    for (int i = 1; i <= count; i++) {
      final String name = role.label() + "-" + i;
      final Path directory = to.resolve(name).toAbsolutePath();
      final NodeKey key;
      if (keys.isEmpty()) {
        key = NodeKeyFile.generate(directory.resolve("key"), random);
      } else {
        key = NodeKeyFile.load(keys.get(i - 1));
        NodeKeyFile.write(directory.resolve("key"), key);
      }
      final int index = nodes.size();
      final EnodeUrl enode =
          new EnodeUrl(key.nodeId(), description.host(), description.p2pBasePort() + 10 * index);
      nodes.add(new GeneratedNode(name, role, key, enode, directory, index));
    }
  }

  private ObjectNode genesis(
      final NetworkDescription description,
      final List<GeneratedNode> nodes,
      final List<String> accounts) {
    final ObjectNode genesis = description.genesis().deepCopy();
    if (!genesis.has("timestamp")) {
      genesis.put("timestamp", "0x" + Long.toHexString(clock.instant().getEpochSecond()));
    }
    final ArrayNode accessPoints = genesis.putArray("accessPoints");
    final ArrayNode gateways = genesis.putArray("gateways");
    for (final GeneratedNode node : nodes) {
      (node.role() == NodeRole.AP ? accessPoints : gateways)
          .add(Keys.toChecksumAddress(node.key().address()));
    }
    SystemContractsAllocation.write(
        genesis,
        SystemContractsAllocation.config(
            description.systemContracts(),
            nodes,
            accounts.stream().distinct().map(Addresses::fromHex).toList()));
    return genesis;
  }
}
