/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.testsupport.TestHeaders;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class LedgerHeaderRulesTest {

  private final BlockHeader parent = TestHeaders.populated().build();
  private final BlockHeader child = TestHeaders.childOf(parent).build();

  @Test
  void aProperChildPassesEveryRule() {
    assertThat(HeaderRuleset.ledgerRules(32).validate(child, parent, null).isValid()).isTrue();
  }

  @Test
  void parentHashRuleReportsExpectedAndActual() {
    final BlockHeader orphan = child.toBuilder().parentHash(Bytes32.ZERO).build();
    final InvalidReason reason =
        new ParentHashRule().validate(orphan, parent).reason().orElseThrow();
    assertThat(reason.code()).isEqualTo(BlockReason.PARENT_HASH_MISMATCH);
    assertThat(reason.expected()).hasValue(parent.hash().toString());
    assertThat(reason.actual()).hasValue(Bytes32.ZERO.toString());
    assertThat(new ParentHashRule().validate(child, parent).isValid()).isTrue();
  }

  @Test
  void numberRuleRequiresParentPlusOne() {
    final BlockHeader skipped = child.toBuilder().number(parent.number() + 2).build();
    final InvalidReason reason =
        new NumberIsParentPlusOneRule().validate(skipped, parent).reason().orElseThrow();
    assertThat(reason.code()).isEqualTo(BlockReason.NUMBER_NOT_PARENT_PLUS_ONE);
    assertThat(reason.expected()).hasValue("43");
    assertThat(reason.actual()).hasValue("44");
    assertThat(new NumberIsParentPlusOneRule().validate(child, parent).isValid()).isTrue();
  }

  @Test
  void extraDataRuleAllowsTheBoundAndRefusesOneMore() {
    final ExtraDataSizeRule rule = new ExtraDataSizeRule(32);
    final BlockHeader atBound = child.toBuilder().extraData(Bytes.wrap(new byte[32])).build();
    final BlockHeader above = child.toBuilder().extraData(Bytes.wrap(new byte[33])).build();
    assertThat(rule.validate(atBound, parent).isValid()).isTrue();
    assertThat(rule.validate(above, parent).reason().orElseThrow().code())
        .isEqualTo(BlockReason.EXTRA_DATA_TOO_LONG);
  }

  @Test
  void gasUsedRuleRefusesMoreThanTheLimit() {
    final GasUsedWithinLimitRule rule = new GasUsedWithinLimitRule();
    final BlockHeader full = child.toBuilder().gasUsed(child.gasLimit()).build();
    final BlockHeader over = child.toBuilder().gasUsed(child.gasLimit() + 1).build();
    assertThat(rule.validate(full, parent).isValid()).isTrue();
    assertThat(rule.validate(over, parent).reason().orElseThrow().code())
        .isEqualTo(BlockReason.GAS_USED_ABOVE_LIMIT);
  }

  @Test
  void rulesetReportsTheFirstFailureAndRunsAttachedRulesAfterDetachedOnes() {
    final InvalidReason custom = InvalidReason.of(BlockReason.UNKNOWN_PARENT, "custom");
    final HeaderRuleset ruleset =
        HeaderRuleset.ledgerRules(32).toBuilder()
            .add((header, parentHeader, chain) -> ValidationResult.invalid(custom))
            .build();
    assertThat(ruleset.validate(child, parent, null).reason()).hasValue(custom);
    final BlockHeader bad = child.toBuilder().number(1).build();
    assertThat(ruleset.validate(bad, parent, null).reason().orElseThrow().code())
        .isEqualTo(BlockReason.NUMBER_NOT_PARENT_PLUS_ONE);
  }
}
