/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.consensus.difficulty.FixedPointReputation;
import io.twinchain.consensus.difficulty.ReputationSnapshot;
import io.twinchain.contracts.devchain.DevChainFixture;
import io.twinchain.contracts.generated.WorkReceipts;
import io.twinchain.contracts.reader.ReputationRegistryReader;
import io.twinchain.contracts.reputation.FixedPointEwma;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;

/** The consensus stake follows the ReputationRegistry state of the parent block. */
class RegistryReputationSourceTest {

  private final DevChainFixture fixture = DevChainFixture.autoSealing();
  private final Address ap = DevChainFixture.address(fixture.ap);
  private final Address otherAp = DevChainFixture.address(fixture.otherAp);
  private final RegistryReputationSource source =
      new RegistryReputationSource(
          new ReputationRegistryReader(fixture.chain.readOnlyCalls(), DevChainFixture.CHAIN_ID),
          List.of(ap, otherAp));

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void apsWithoutReceiptsHoldTheInitialReputationNotZero() {
    final ReputationSnapshot snapshot = source.snapshotAt(head());
    final FixedPointReputation initial =
        new FixedPointReputation(fixture.systemConfig.initialReputation());
    assertThat(snapshot.size()).isEqualTo(2);
    assertThat(snapshot.reputationOf(ap)).isEqualTo(initial);
    assertThat(snapshot.reputationOf(otherAp)).isEqualTo(initial);
  }

  @Test
  void aReceiptRaisesTheStakeSeenByTheNextBlock() throws Exception {
    fixture.chain.seal();
    fixture.chain.seal();
    final BlockHeader before = head();
    // the next block's stake counts every slot before the parent's, so the latest such slot
    final long slot = RegistryReputationSource.stakeSlot(before);
    fixture
        .workReceipts(fixture.gateway)
        .submit(
            new WorkReceipts.Receipt(
                new byte[32],
                BigInteger.valueOf(slot),
                fixture.ap.getAddress(),
                BigInteger.valueOf(7),
                BigInteger.valueOf(FixedPointEwma.ONE),
                BigInteger.valueOf(313_800_000L),
                new byte[32],
                BigInteger.valueOf(33_000)))
        .send();
    final ReputationSnapshot after = source.snapshotAt(head());

    assertThat(after.reputationOf(ap).wad())
        .isGreaterThan(source.snapshotAt(before).reputationOf(ap).wad());
    assertThat(after.reputationOf(otherAp))
        .isEqualTo(source.snapshotAt(before).reputationOf(otherAp));
    assertThat(after.root()).isNotEqualTo(source.snapshotAt(before).root());
  }

  private BlockHeader head() {
    return fixture.chain.block(fixture.chain.headNumber()).orElseThrow().block().header();
  }
}
