/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import java.util.Optional;

/**
 * {@link MiningQueries} of a node that neither mines nor syncs: an observer, or any node before its
 * chain service reports otherwise.
 */
public final class IdleNode implements MiningQueries {

  @Override
  public Optional<SyncProgress> syncing() {
    return Optional.empty();
  }

  @Override
  public boolean isMining() {
    return false;
  }

  @Override
  public long hashrate() {
    return 0;
  }
}
