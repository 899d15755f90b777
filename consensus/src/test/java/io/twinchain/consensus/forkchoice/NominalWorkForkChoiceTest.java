/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.forkchoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainTip;
import io.twinchain.consensus.Ancestors;
import io.twinchain.consensus.testsupport.ConsensusFixture;
import java.util.Comparator;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class NominalWorkForkChoiceTest {

  private final Comparator<ChainTip> forkChoice = NominalWorkForkChoice.comparator();

  @Test
  void tieBreaker1HeavierCumulativeWorkWinsEvenWhenLonger() {
    final ChainTip light = tip(10, 1_000, 0);
    final ChainTip heavy = tip(20, 1_001, 0);
    assertThat(forkChoice.compare(heavy, light)).isPositive();
    assertThat(forkChoice.compare(light, heavy)).isNegative();
  }

  @Test
  void tieBreaker2EqualWorkPrefersLowerHeight() {
    final ChainTip shorter = tip(10, 1_000, 0);
    final ChainTip longer = tip(11, 1_000, 0);
    assertThat(forkChoice.compare(shorter, longer)).isPositive();
  }

  @Test
  void tieBreaker3EqualWorkAndHeightPrefersLowestHash() {
    final ChainTip first = tip(10, 1_000, 1);
    final ChainTip second = tip(10, 1_000, 2);
    final ChainTip lower =
        first.header().hash().compareTo(second.header().hash()) < 0 ? first : second;
    final ChainTip higher = lower == first ? second : first;
    assertThat(forkChoice.compare(lower, higher)).isPositive();
    assertThat(forkChoice.compare(lower, lower)).isZero();
  }

  @Test
  void reputationLowersTheMinersTargetButNotTheBlocksWeight() {
    final ConsensusFixture fixture = new ConsensusFixture();
    BlockHeader byReputed = fixture.genesis;
    BlockHeader byUnreputed = fixture.genesis;
    for (int i = 0; i < 3; i++) {
      fixture.time.advanceSeconds(1);
      byReputed = fixture.mine(byReputed, fixture.apHigh, 1);
      byUnreputed = fixture.mine(byUnreputed, fixture.apLow, 2);
      fixture.chain.add(byReputed);
      fixture.chain.add(byUnreputed);
    }

    assertThat(fixture.fieldsFor(fixture.genesis, fixture.apHigh).target())
        .isGreaterThan(fixture.fieldsFor(fixture.genesis, fixture.apLow).target());
    assertThat(fixture.chain.totalWork(byReputed.hash()))
        .isEqualTo(fixture.chain.totalWork(byUnreputed.hash()));
  }

  @Test
  void reorgsAcrossFiveBlocksToTheHeavierFork() {
    final ConsensusFixture fixture = new ConsensusFixture();
    final BlockHeader forkPoint = fixture.extend(fixture.genesis, 1, fixture.apMid, 0);
    final BlockHeader oldHead = fixture.extend(forkPoint, 5, fixture.apMid, 1);
    assertThat(fixture.chain.head()).isEqualTo(oldHead);

    final BlockHeader fork = fixture.extend(forkPoint, 5, fixture.apLow, 2);
    final BlockHeader newHead = fixture.extend(fork, 1, fixture.apLow, 2);

    assertThat(fixture.chain.head()).isEqualTo(newHead);
    assertThat(Ancestors.at(fixture.chain, newHead, forkPoint.number())).contains(forkPoint);
    assertThat(Ancestors.at(fixture.chain, oldHead, forkPoint.number())).contains(forkPoint);
    assertThat(oldHead.number() - forkPoint.number()).isEqualTo(5);
    assertThat(NominalWorkForkChoice.forHeaders(fixture.chain).compare(newHead, oldHead))
        .isPositive();
  }

  private static ChainTip tip(final long number, final long totalWork, final int salt) {
    final BlockHeader header =
        BlockHeader.builder().number(number).extraData(Bytes.of(salt)).build();
    return new ChainTip(header, UInt256.valueOf(totalWork));
  }
}
