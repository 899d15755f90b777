/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.DetachedHeaderRule;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import java.util.Set;
import org.web3j.abi.datatypes.Address;

/** The miner is one of the access points the genesis file allows to mine. */
public final class MinerAllowlistedRule implements DetachedHeaderRule {

  private final Set<Address> accessPoints;

  public MinerAllowlistedRule(final Set<Address> accessPoints) {
    this.accessPoints = Set.copyOf(accessPoints);
  }

  @Override
  public ValidationResult validate(final BlockHeader header, final BlockHeader parent) {
    return ValidationResult.check(
        accessPoints.contains(header.miner()),
        () ->
            InvalidReason.mismatch(
                ConsensusReason.MINER_NOT_ALLOWLISTED,
                "miner",
                "one of " + accessPoints.size() + " allowlisted access points",
                header.miner()));
  }
}
