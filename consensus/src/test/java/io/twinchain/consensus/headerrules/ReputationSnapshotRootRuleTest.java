/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static io.twinchain.consensus.headerrules.RuleAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.consensus.testsupport.ConsensusFixture;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class ReputationSnapshotRootRuleTest {

  private final ConsensusFixture fixture = new ConsensusFixture();
  private final ReputationSnapshotRootRule rule =
      new ReputationSnapshotRootRule(fixture.reputations);

  @Test
  void rootOfTheParentStateReputationsIsAccepted() {
    assertThat(
            rule.validate(withRoot(fixture.snapshot.root()), fixture.genesis, fixture.chain)
                .isValid())
        .isTrue();
  }

  @Test
  void anyOtherRootIsRefused() {
    final Bytes32 forged = Bytes32.fromHexStringLenient("0x1234");
    assertInvalid(
        rule.validate(withRoot(forged), fixture.genesis, fixture.chain),
        ConsensusReason.REPUTATION_SNAPSHOT_ROOT_MISMATCH,
        fixture.snapshot.root().toString(),
        forged.toString());
  }

  private BlockHeader withRoot(final Bytes32 root) {
    return BlockHeader.builder()
        .parentHash(fixture.genesis.hash())
        .number(1)
        .reputationSnapshotRoot(root)
        .build();
  }
}
