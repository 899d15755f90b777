/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.explorer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetProcess;
import io.twinchain.node.keys.NodeKeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.web3j.crypto.Keys;

/**
 * {@code /explorer/config.json}: what the page needs to find the nodes (name, role, account
 * address, JSON-RPC HTTP and WebSocket URLs), the MQTT URL and the simulated devices.
 */
final class ExplorerConfig {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExplorerConfig() {}

  static String json(final DevnetLayout layout) {
    final ObjectNode root = MAPPER.createObjectNode();
    root.put("mqtt", layout.mqttUrl());
    root.put("devices", layout.devices());
    final ArrayNode nodes = root.putArray("nodes");
    for (final DevnetProcess node : layout.nodes()) {
      final ObjectNode entry = nodes.addObject();
      entry.put("name", node.name());
      entry.put("role", node.kind().name().toLowerCase(java.util.Locale.ROOT));
      entry.put("rpc", "http://" + layout.host() + ":" + node.port("rpc-http"));
      entry.put("ws", "ws://" + layout.host() + ":" + node.port("rpc-ws"));
      final Path key = layout.dataDir().resolve(node.name()).resolve("key");
      if (Files.exists(key)) {
        entry.put("address", Keys.toChecksumAddress(NodeKeyFile.load(key).address()));
      }
    }
    return root.toString();
  }
}
