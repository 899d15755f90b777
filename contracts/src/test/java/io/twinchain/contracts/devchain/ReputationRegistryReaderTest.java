/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.contracts.reader.ReputationRegistryReader;
import io.twinchain.contracts.reputation.FixedPointEwma;
import io.twinchain.contracts.reputation.ReputationReplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Consensus's view: reputations read from ReputationRegistry in the state of a given block. */
class ReputationRegistryReaderTest {

  private static final long ONE = FixedPointEwma.ONE;

  private final DevChainFixture fixture = DevChainFixture.autoSealing();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void readsEachBlocksStateNotTheLatest() throws Exception {
    final ReputationRegistryReader reader =
        new ReputationRegistryReader(fixture.chain.readOnlyCalls(), DevChainFixture.CHAIN_ID);
    final long initial = fixture.systemConfig.initialReputation();
    fixture
        .workReceipts(fixture.gateway)
        .submit(WorkReceiptsTest.receipt(1, 3, fixture.ap, ONE))
        .send();
    final BlockHeader afterFirst = head();
    fixture
        .workReceipts(fixture.gateway)
        .submit(WorkReceiptsTest.receipt(2, 4, fixture.otherAp, ONE / 2))
        .send();
    final BlockHeader afterSecond = head();

    final ReputationReplay ap =
        new ReputationReplay(new FixedPointEwma(fixture.systemConfig.eta()), initial)
            .receipt(3, ONE);
    assertThat(reader.reputationsAt(afterFirst, 5))
        .containsExactly(
            java.util.Map.entry(DevChainFixture.address(fixture.ap), ap.reputationAt(5)));
    assertThat(reader.reputationsAt(afterSecond, 5)).hasSize(2);
    assertThat(reader.reputationAt(afterFirst, DevChainFixture.address(fixture.otherAp), 5))
        .isEqualTo(initial);
    assertThat(reader.reputationAt(afterSecond, DevChainFixture.address(fixture.otherAp), 5))
        .isEqualTo(new FixedPointEwma(fixture.systemConfig.eta()).step(initial, ONE / 2));
    assertThat(reader.eta(afterFirst)).isEqualTo(fixture.systemConfig.eta());
    assertThat(reader.reputationsAt(fixture.chain.block(0).orElseThrow().block().header(), 5))
        .isEmpty();
  }

  private BlockHeader head() {
    return fixture.chain.block(fixture.chain.headNumber()).orElseThrow().block().header();
  }
}
