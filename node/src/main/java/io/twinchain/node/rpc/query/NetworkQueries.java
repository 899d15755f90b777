/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import java.util.List;

/** Read-only view of the P2P network for {@code net_*} and {@code admin_*}. */
public interface NetworkQueries {

  boolean isListening();

  int peerCount();

  List<PeerInfo> peers();

  NodeInfo nodeInfo();
}
