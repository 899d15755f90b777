/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockHeaderBuilder;
import io.twinchain.chain.validation.HeaderRuleset;
import io.twinchain.chain.validation.ReasonCode;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.pow.PowHasher;
import io.twinchain.consensus.pow.Target;
import io.twinchain.consensus.testsupport.ConsensusFixture;
import java.util.function.UnaryOperator;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mined header passes the whole ruleset; with any one field tampered it is refused, and why. */
class TamperedHeaderTest {

  private final ConsensusFixture fixture = new ConsensusFixture();
  private final HeaderRuleset ruleset = fixture.schedule.specFor(2).ruleset();
  private BlockHeader parent;
  private BlockHeader mined;

  @BeforeEach
  void mineTwoBlocks() {
    parent = fixture.extend(fixture.genesis, 1, fixture.apMid, 0);
    fixture.time.advanceSeconds(1);
    mined = fixture.mine(parent, fixture.apMid, 0);
  }

  @Test
  void minedHeaderIsValid() {
    assertThat(validate(mined).isValid()).isTrue();
  }

  @Test
  void tamperedTargetIsRefused() {
    assertRefused(
        b -> b.difficulty(mined.difficulty().divide(2)), ConsensusReason.BASE_DIFFICULTY_MISMATCH);
  }

  @Test
  void tamperedNonceIsRefused() {
    assertRefused(b -> b.nonce(firstFailingNonceAfter(mined)), ConsensusReason.POW_ABOVE_TARGET);
  }

  @Test
  void tamperedSnapshotRootIsRefused() {
    assertRefused(
        b -> b.reputationSnapshotRoot(Bytes32.fromHexStringLenient("0xbad")),
        ConsensusReason.REPUTATION_SNAPSHOT_ROOT_MISMATCH);
  }

  @Test
  void minerSwappedForAnOutsiderIsRefused() {
    assertRefused(b -> b.miner(fixture.outsider), ConsensusReason.MINER_NOT_ALLOWLISTED);
  }

  @Test
  void minerSwappedForAnotherApFailsItsProofOfWork() {
    assertRefused(b -> b.miner(fixture.apHigh), ConsensusReason.POW_ABOVE_TARGET);
  }

  @Test
  void timestampBeforeParentIsRefused() {
    assertRefused(
        b -> b.timestamp(parent.timestamp() - 1), ConsensusReason.TIMESTAMP_BEFORE_PARENT);
  }

  @Test
  void timestampInTheFutureIsRefused() {
    assertRefused(
        b -> b.timestamp(fixture.time.epochSeconds() + 16),
        ConsensusReason.TIMESTAMP_TOO_FAR_IN_FUTURE);
  }

  @Test
  void timestampShiftedWithinTheWindowFailsItsProofOfWork() {
    assertRefused(b -> b.timestamp(mined.timestamp() + 1), ConsensusReason.POW_ABOVE_TARGET);
  }

  @Test
  void tamperedStakeModifierIsRefused() {
    assertRefused(
        b -> b.stakeModifier(Bytes32.fromHexStringLenient("0x5eed")),
        ConsensusReason.STAKE_MODIFIER_MISMATCH);
  }

  private void assertRefused(
      final UnaryOperator<BlockHeaderBuilder> tamper, final ReasonCode code) {
    final ValidationResult result = validate(tamper.apply(mined.toBuilder()).build());
    assertThat(result.reason())
        .hasValueSatisfying(reason -> assertThat(reason.code()).isEqualTo(code));
  }

  private ValidationResult validate(final BlockHeader header) {
    return ruleset.validate(header, parent, fixture.chain);
  }

  private long firstFailingNonceAfter(final BlockHeader header) {
    final Target target = fixture.fieldsFor(parent, header.miner()).target();
    final PowHasher hasher = PowHasher.forWork(header.sealingHash(), header.stakeModifier());
    long nonce = header.nonce() + 1;
    while (hasher.meets(nonce, target)) {
      nonce++;
    }
    return nonce;
  }
}
