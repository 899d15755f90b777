/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.chain.validation.AttachedHeaderRule;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.difficulty.ReputationSource;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The reputation-snapshot root is the root of the reputations in the parent's state, recomputed
 * here (spec §7 property 4: verification recomputes the snapshot).
 */
public final class ReputationSnapshotRootRule implements AttachedHeaderRule {

  private final ReputationSource reputations;

  public ReputationSnapshotRootRule(final ReputationSource reputations) {
    this.reputations = reputations;
  }

  @Override
  public ValidationResult validate(
      final BlockHeader header, final BlockHeader parent, final ChainView chain) {
    final Bytes32 expected = reputations.snapshotAt(parent).root();
    return ValidationResult.check(
        header.reputationSnapshotRoot().equals(expected),
        () ->
            InvalidReason.mismatch(
                ConsensusReason.REPUTATION_SNAPSHOT_ROOT_MISMATCH,
                "reputation-snapshot root",
                expected,
                header.reputationSnapshotRoot()));
  }
}
