/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.chain.validation.AttachedHeaderRule;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.difficulty.ReputationSource;
import java.util.Optional;

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
    return DerivedValueCheck.matches(
        Optional.of(reputations.snapshotAt(parent).root()),
        header.reputationSnapshotRoot(),
        ConsensusReason.REPUTATION_SNAPSHOT_ROOT_MISMATCH,
        "reputation-snapshot root",
        "parent state");
  }
}
