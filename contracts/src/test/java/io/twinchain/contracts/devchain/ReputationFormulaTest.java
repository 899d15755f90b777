/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.contracts.generated.ReputationRegistry;
import io.twinchain.contracts.reputation.FixedPointEwma;
import io.twinchain.contracts.reputation.ReputationReplay;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/**
 * After a seeded sequence of receipts (several per slot, shares summing past one, slots without
 * receipts, two gateways, two APs), the contract's reputations equal the spec's EWMA recomputed
 * slot by slot in Java ({@link ReputationReplay}) to the last fixed-point unit, at every slot.
 */
class ReputationFormulaTest {

  private static final long ONE = FixedPointEwma.ONE;
  private static final int SLOTS = 24;

  private final DevChainFixture fixture = DevChainFixture.batched();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void contractMatchesTheJavaReferenceToTheLastUnit() throws Exception {
    final FixedPointEwma ewma = new FixedPointEwma(fixture.systemConfig.eta());
    final Map<Credentials, ReputationReplay> expected =
        Map.of(
            fixture.ap, new ReputationReplay(ewma, fixture.systemConfig.initialReputation()),
            fixture.otherAp, new ReputationReplay(ewma, fixture.systemConfig.initialReputation()));
    final List<Credentials> gateways = List.of(fixture.gateway, fixture.otherGateway);
    final Random random = new Random(20_260_525L);
    int task = 0;
    for (long slot = 2; slot < SLOTS; slot++) {
      for (Credentials ap : List.of(fixture.ap, fixture.otherAp)) {
        final int receipts = random.nextInt(4); // 0 leaves the slot empty for this AP
        for (int i = 0; i < receipts; i++) {
          final long share = random.nextLong(ONE / 2 + 1);
          fixture
              .queuedWorkReceipts(gateways.get(random.nextInt(2)))
              .submit(WorkReceiptsTest.receipt(++task, slot, ap, share))
              .send();
          expected.get(ap).receipt(slot, share);
        }
      }
      fixture.chain.seal();
    }

    final ReputationRegistry registry = fixture.reputation(fixture.user);
    for (Credentials ap : List.of(fixture.ap, fixture.otherAp)) {
      final ReputationReplay replay = expected.get(ap);
      assertThat(registry.reputationOf(ap.getAddress()).send())
          .isEqualTo(BigInteger.valueOf(replay.latest()));
      for (long slot = 0; slot <= SLOTS + 3; slot++) {
        assertThat(registry.reputationAt(ap.getAddress(), BigInteger.valueOf(slot)).send())
            .as("R(%d) of %s", slot, ap.getAddress())
            .isEqualTo(BigInteger.valueOf(replay.reputationAt(slot)));
      }
    }
    assertThat(fixture.workReceipts(fixture.user).receiptCount().send())
        .isEqualTo(BigInteger.valueOf(task));
  }
}
