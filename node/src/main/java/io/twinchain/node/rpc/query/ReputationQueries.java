/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.Address;

/**
 * Read-only view of the ReputationRegistry system contract and what consensus makes of it, for
 * {@code rep_*}.
 */
public interface ReputationQueries {

  /** The AP's reputation in the state after canonical block {@code number}; empty if unknown. */
  Optional<ApReputation> reputation(Address ap, long number);

  /** Every AP of the genesis set and every AP with receipts, after block {@code number}. */
  Optional<List<ApReputation>> all(long number);

  /** R_k at the start of each slot in {@code [fromSlot, toSlot]}, as the head's state records. */
  List<ApReputation> history(Address ap, long fromSlot, long toSlot);

  /**
   * One AP's reputation and the PoW difficulty it buys.
   *
   * @param ap the access point
   * @param slot the slot whose start the reputation is taken at
   * @param wad R_k scaled by 1e18, as the registry stores it
   * @param baseDifficulty δ_0, the base difficulty of the block read at
   * @param difficulty δ_k = f(δ_0, R_k) under the block's milestone
   */
  record ApReputation(Address ap, long slot, long wad, long baseDifficulty, double difficulty) {}
}
