/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static io.twinchain.consensus.headerrules.RuleAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.consensus.Ancestors;
import io.twinchain.consensus.pow.StakeModifier;
import io.twinchain.consensus.testsupport.ConsensusFixture;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class StakeModifierRuleTest {

  private final ConsensusFixture fixture = new ConsensusFixture();
  private final StakeModifier modifier = new StakeModifier(6);
  private final StakeModifierRule rule = new StakeModifierRule(modifier);

  @Test
  void modifierChainsParentModifierAndAnchorSixBelowTheParent() {
    final BlockHeader parent = fixture.extend(fixture.genesis, 9, fixture.apLow, 0);
    final BlockHeader anchor = Ancestors.at(fixture.chain, parent, 3).orElseThrow();
    final Bytes32 expected = modifier.next(parent.stakeModifier(), anchor.hash());

    assertThat(rule.validate(withModifier(parent, expected), parent, fixture.chain).isValid())
        .isTrue();
    assertInvalid(
        rule.validate(withModifier(parent, parent.stakeModifier()), parent, fixture.chain),
        ConsensusReason.STAKE_MODIFIER_MISMATCH,
        expected.toString(),
        parent.stakeModifier().toString());
  }

  @Test
  void minedBlocksCarryTheDerivedModifier() {
    final BlockHeader parent = fixture.extend(fixture.genesis, 3, fixture.apHigh, 0);
    final BlockHeader child = fixture.extend(parent, 1, fixture.apHigh, 0);
    assertThat(rule.validate(child, parent, fixture.chain).isValid()).isTrue();
  }

  private static BlockHeader withModifier(final BlockHeader parent, final Bytes32 modifier) {
    return BlockHeader.builder()
        .parentHash(parent.hash())
        .number(parent.number() + 1)
        .stakeModifier(modifier)
        .build();
  }
}
