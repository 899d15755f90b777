/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.contracts.generated.ControllerLog;
import io.twinchain.contracts.generated.Permissions;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The controller's per-slot decisions and the on-chain allowlists, through web3j. */
class ControllerLogAndPermissionsTest {

  private final DevChainFixture fixture = DevChainFixture.autoSealing();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void decisionsAreRecordedOncePerSlotAndReadBack() throws Exception {
    final List<BigInteger> partition = List.of(BigInteger.valueOf(14), BigInteger.ZERO);
    final List<String> aps = List.of(fixture.ap.getAddress(), fixture.otherAp.getAddress());
    final List<BigInteger> inference = List.of(BigInteger.valueOf(6), BigInteger.valueOf(4));
    final List<BigInteger> mining = List.of(BigInteger.valueOf(4), BigInteger.valueOf(6));
    final List<BigInteger> queues = List.of(BigInteger.ZERO, BigInteger.TEN);
    final ControllerLog log = fixture.controllerLog(fixture.controller);

    final var receipt =
        log.record(BigInteger.valueOf(5), partition, aps, inference, mining, queues).send();

    assertThat(ControllerLog.getDecisionRecordedEvents(receipt)).hasSize(1);
    final var decision = log.decisionAt(BigInteger.valueOf(5)).send();
    assertThat(decision.component1()).isEqualTo(partition);
    assertThat(decision.component2()).isEqualTo(aps);
    assertThat(decision.component5()).isEqualTo(queues);
    assertThat(log.decisionHeader(BigInteger.valueOf(5)).send().component1())
        .isEqualTo(fixture.controller.getAddress());
    assertThat(
            fixture
                .revertOf(
                    () ->
                        log.record(BigInteger.valueOf(5), partition, aps, inference, mining, queues)
                            .send())
                .name())
        .isEqualTo("DecisionExists");
    assertThat(
            fixture
                .revertOf(
                    () ->
                        fixture
                            .controllerLog(fixture.user)
                            .record(
                                BigInteger.valueOf(6), partition, aps, inference, mining, queues)
                            .send())
                .name())
        .isEqualTo("NotController");
    assertThat(
            fixture
                .revertOf(
                    () ->
                        log.record(
                                BigInteger.valueOf(7), partition, aps, inference, mining, List.of())
                            .send())
                .describe())
        .isEqualTo("LengthMismatch(2, 0)");
  }

  @Test
  void adminsManageAllowlistsAndCannotRemoveTheLastAdmin() throws Exception {
    final Permissions asAdmin = fixture.permissions(fixture.admin);
    final byte[] node = new byte[32];
    node[31] = 7;

    asAdmin.addNode(node).send();
    asAdmin.addAccount(fixture.otherAp.getAddress()).send();

    assertThat(asAdmin.nodePermitted(node).send()).isTrue();
    assertThat(asAdmin.accountPermitted(fixture.otherAp.getAddress()).send()).isTrue();
    assertThat(fixture.revertOf(() -> asAdmin.addNode(node).send()).name())
        .isEqualTo("AlreadyListed");
    assertThat(
            fixture
                .revertOf(
                    () ->
                        fixture
                            .permissions(fixture.user)
                            .addAccount(fixture.user.getAddress())
                            .send())
                .name())
        .isEqualTo("NotAdmin");
    assertThat(
            fixture.revertOf(() -> asAdmin.removeAdmin(fixture.admin.getAddress()).send()).name())
        .isEqualTo("LastAdmin");
    asAdmin.removeAccount(fixture.otherAp.getAddress()).send();
    assertThat(asAdmin.accountPermitted(fixture.otherAp.getAddress()).send()).isFalse();
  }
}
