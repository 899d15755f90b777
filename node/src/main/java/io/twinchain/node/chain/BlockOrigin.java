/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.node.p2p.peers.PeerConnection;
import java.util.Optional;

/**
 * Where a block came from: it decides whom to blame for an invalid block and whether an imported
 * block is announced (mined and gossiped blocks are, blocks fetched by sync are not: the peers that
 * sent them already have them).
 *
 * @param kind how the block arrived
 * @param peer the peer that sent it, empty for the local miner
 */
public record BlockOrigin(Kind kind, Optional<PeerConnection> peer) {

  /** How a block arrived. */
  public enum Kind {
    MINED,
    GOSSIP,
    SYNC
  }

  /** A block this node mined. */
  public static BlockOrigin mined() {
    return new BlockOrigin(Kind.MINED, Optional.empty());
  }

  /** A block {@code peer} announced with NEW_BLOCK. */
  public static BlockOrigin gossip(final PeerConnection peer) {
    return new BlockOrigin(Kind.GOSSIP, Optional.of(peer));
  }

  /** A block {@code peer} sent in answer to our GET_BLOCKS. */
  public static BlockOrigin sync(final PeerConnection peer) {
    return new BlockOrigin(Kind.SYNC, Optional.of(peer));
  }

  /** Whether peers should hear of the block once it is stored. */
  public boolean announce() {
    return kind != Kind.SYNC;
  }
}
