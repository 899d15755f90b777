/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.difficulty;

import io.twinchain.chain.block.BlockHeader;

/**
 * Port: the APs' reputations as recorded in a block's state (spec §3.2, "use the reputation at the
 * start of the slot"). The contracts module implements it over the {@code ReputationRegistry}
 * contract's storage at {@code parent.stateRoot()}; {@link GenesisReputationTable} serves until
 * then and in tests.
 */
public interface ReputationSource {

  /**
   * The reputations in the state after {@code parent} was executed: the stake that weights the
   * miner of block {@code parent.number() + 1}.
   *
   * @throws IllegalStateException if the parent's state is not available
   */
  ReputationSnapshot snapshotAt(BlockHeader parent);
}
