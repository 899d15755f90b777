/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code admin_peers}, shaped like Besu's.
 *
 * @param version protocol version as a hex quantity
 * @param name the peer's client name when known
 * @param caps capabilities, e.g. {@code twinchain/1}
 * @param network local and remote socket addresses and direction
 * @param port the peer's remote TCP port as a hex quantity
 * @param id the peer's node id ({@code 0x} + 128 hex digits)
 * @param protocols per-protocol state, e.g. the peer's head
 * @param enode the peer's enode URL as seen from here
 */
public record PeerInfo(
    String version,
    String name,
    List<String> caps,
    Network network,
    String port,
    String id,
    Map<String, Object> protocols,
    String enode) {

  /** Socket addresses of the connection. */
  public record Network(String localAddress, String remoteAddress, boolean inbound) {}
}
