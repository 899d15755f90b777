/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.chain.validation.AttachedHeaderRule;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.difficulty.MinerTargets;
import io.twinchain.consensus.pow.PowHasher;
import io.twinchain.consensus.pow.Target;
import org.apache.tuweni.bytes.Bytes32;

/**
 * SHA-256(sealing hash ‖ stake modifier ‖ nonce) meets the miner's reputation-weighted target,
 * recomputed from the parent state's reputation of the header's miner and the header's δ_0.
 */
public final class ProofOfWorkRule implements AttachedHeaderRule {

  private final MinerTargets targets;

  public ProofOfWorkRule(final MinerTargets targets) {
    this.targets = targets;
  }

  @Override
  public ValidationResult validate(
      final BlockHeader header, final BlockHeader parent, final ChainView chain) {
    final Target target = targets.targetOf(parent, header.miner(), header.difficulty());
    final Bytes32 powHash =
        PowHasher.powHash(header.sealingHash(), header.stakeModifier(), header.nonce());
    return ValidationResult.check(
        target.isMetBy(powHash.toArrayUnsafe()),
        () ->
            InvalidReason.mismatch(
                ConsensusReason.POW_ABOVE_TARGET,
                "PoW hash",
                "below " + target.toBytes32(),
                powHash));
  }
}
