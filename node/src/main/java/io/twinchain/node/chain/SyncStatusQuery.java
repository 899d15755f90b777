/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import java.util.Optional;

/** Port for {@code eth_syncing}: whether the node is behind its peers, and by how much. */
@FunctionalInterface
public interface SyncStatusQuery {

  /** The progress while a peer's head is ahead of ours; empty when in sync. */
  Optional<SyncStatus> syncStatus();
}
