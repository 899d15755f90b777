/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.node.chain.ChainService;
import io.twinchain.node.chain.SyncStatus;
import java.util.Optional;

/** {@link MiningQueries} answered by the node's {@link ChainService}. */
public final class ChainServiceActivity implements MiningQueries {

  private final ChainService chain;

  public ChainServiceActivity(final ChainService chain) {
    this.chain = chain;
  }

  @Override
  public Optional<SyncStatus> syncStatus() {
    return chain.syncStatus().syncStatus();
  }

  @Override
  public boolean isMining() {
    return chain.miner().isPresent();
  }

  @Override
  public long hashrate() {
    return chain.hashesPerSecond();
  }
}
