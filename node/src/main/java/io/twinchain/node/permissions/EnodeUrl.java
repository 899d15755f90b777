/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.permissions;

import io.twinchain.node.keys.NodeId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * {@code enode://<128 hex public key>@<host>:<port>}: a node's id and where it listens. Query
 * parameters (such as Besu's {@code ?discport=0}) are accepted and dropped, since we have no
 * discovery.
 */
public record EnodeUrl(NodeId nodeId, String host, int port) {

  /** Parses an enode URL; empty when it is not one. */
  public static Optional<EnodeUrl> parse(final String text) {
    final URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (!"enode".equals(uri.getScheme())
        || uri.getUserInfo() == null
        || uri.getHost() == null
        || uri.getPort() < 1
        || uri.getPort() > 65535) {
      return Optional.empty();
    }
    return NodeId.fromHex(uri.getUserInfo())
        .map(id -> new EnodeUrl(id, uri.getHost(), uri.getPort()));
  }

  @Override
  public String toString() {
    final String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "enode://" + nodeId.toHex() + "@" + hostPart + ":" + port;
  }
}
