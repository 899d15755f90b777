/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.node.chain.SyncStatus;
import java.util.Optional;

/**
 * {@link MiningQueries} of a node without a chain service: neither mining nor syncing (tools and
 * tests that produce blocks themselves).
 */
public final class IdleNode implements MiningQueries {

  @Override
  public Optional<SyncStatus> syncStatus() {
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
