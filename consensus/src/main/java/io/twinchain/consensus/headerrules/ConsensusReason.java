/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.validation.ReasonCode;

/** Why the reputation-weighted PoW/PoS rules refuse a header. */
public enum ConsensusReason implements ReasonCode {
  /** The timestamp is earlier than the parent's. */
  TIMESTAMP_BEFORE_PARENT,
  /** The slot is not the slot of the timestamp. */
  SLOT_NOT_OF_TIMESTAMP,
  /** The timestamp is further ahead of the local clock than the allowed drift. */
  TIMESTAMP_TOO_FAR_IN_FUTURE,
  /** The miner is not one of the access points allowed to mine. */
  MINER_NOT_ALLOWLISTED,
  /** The claimed base difficulty δ_0 is not the one retargeting gives. */
  BASE_DIFFICULTY_MISMATCH,
  /** The stake modifier is not the one derived from the earlier blocks. */
  STAKE_MODIFIER_MISMATCH,
  /** The reputation-snapshot root is not the root of the parent state's reputations. */
  REPUTATION_SNAPSHOT_ROOT_MISMATCH,
  /** The PoW hash does not meet the miner's reputation-weighted target. */
  POW_ABOVE_TARGET,
  /** An ancestor the rule needs is not stored. */
  MISSING_ANCESTOR
}
