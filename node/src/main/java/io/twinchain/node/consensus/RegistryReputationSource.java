/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.consensus;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.consensus.difficulty.FixedPointReputation;
import io.twinchain.consensus.difficulty.ReputationSnapshot;
import io.twinchain.consensus.difficulty.ReputationSource;
import io.twinchain.contracts.reader.ReputationRegistryReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.datatypes.Address;

/**
 * Consensus's reputation stake read from the {@code ReputationRegistry} contract in the parent's
 * state (spec §3.2: the reputation at the start of the slot). The stake for block n+1 is R_k at the
 * start of the slot before the parent's, so it depends on nothing the next miner chooses.
 *
 * <p>Every AP of the genesis set gets an entry, not only those with receipts: the registry gives an
 * AP without receipts R_init, whereas a snapshot without an entry counts it as 0, and the two must
 * agree or verifiers would recompute a different target than the registry implies.
 */
public final class RegistryReputationSource implements ReputationSource {

  private final ReputationRegistryReader reader;
  private final List<Address> accessPoints;

  /**
   * @param reader reads the registry at any stored block's state
   * @param accessPoints the genesis AP set
   */
  public RegistryReputationSource(
      final ReputationRegistryReader reader, final List<Address> accessPoints) {
    this.reader = reader;
    this.accessPoints = List.copyOf(accessPoints);
  }

  @Override
  public ReputationSnapshot snapshotAt(final BlockHeader parent) {
    final Map<Address, FixedPointReputation> reputations = new LinkedHashMap<>();
    wadsAt(parent).forEach((ap, wad) -> reputations.put(ap, new FixedPointReputation(wad)));
    return ReputationSnapshot.of(reputations);
  }

  /**
   * The slot whose starting reputation is the stake of a child of {@code parent}: the slot before
   * the parent's. A slot's receipts are signed after it ends and mined later still, so R_k at the
   * start of the parent's own slot (or the next) would count the last slots as empty and decay; one
   * slot more of lag leaves a whole slot for them to be mined (A-CONS-STAKE-SLOT-LAG).
   */
  public static long stakeSlot(final BlockHeader parent) {
    return Math.max(0, parent.slot() - 1);
  }

  /**
   * R_k (scaled by 1e18) at the start of the {@link #stakeSlot} of {@code parent}, in {@code
   * parent}'s state, of every genesis AP and every AP with receipts.
   */
  public Map<Address, Long> wadsAt(final BlockHeader parent) {
    final long slot = stakeSlot(parent);
    try {
      final Map<Address, Long> wads = new LinkedHashMap<>(reader.reputationsAt(parent, slot));
      for (final Address ap : accessPoints) {
        if (!wads.containsKey(ap)) {
          wads.put(ap, reader.reputationAt(parent, ap, slot));
        }
      }
      return wads;
    } catch (final MissingStateException e) {
      throw new IllegalStateException(
          "state of block " + parent.number() + " (" + parent.hash() + ") is not available", e);
    }
  }
}
