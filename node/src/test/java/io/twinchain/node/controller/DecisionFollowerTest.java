/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import static io.twinchain.node.controller.ControllerFixtures.CONTROLLER;
import static io.twinchain.node.controller.ControllerFixtures.GATEWAY_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.offload.runtime.ThrottledExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionFollowerTest {

  private final MutableTime time = new MutableTime(Instant.ofEpochSecond(100));
  private final SlotClock clock =
      new SlotClock(Instant.ofEpochSecond(100), Duration.ofMillis(200), time);
  private final ControllerStatus status = new ControllerStatus();
  private final List<String> cutsSet = new ArrayList<>();
  private final List<MiningRate> rates = new ArrayList<>();
  private final ThrottledExecutor executor = new ThrottledExecutor();
  private final DecisionFollower follower =
      new DecisionFollower(
          CONTROLLER.nodeId(),
          clock,
          status,
          List.of(
              new GatewayCutApplier(
                  List.of("plant:a1"),
                  (twin, slot, cut) -> cutsSet.add(twin + "@" + slot + "=" + cut)),
              new ApAllocationApplier(
                  ControllerFixtures.APS.get(0).address(), executor::setShare, rates::add, 1000)));

  private SignedDecision decisionFor(final long slot) {
    final SlotDecision d = ControllerMessagesTest.DECISION;
    return SignedDecision.sign(
        new SlotDecision(slot, d.policy(), 10, d.cuts(), d.aps()), CONTROLLER);
  }

  @Test
  void appliesCutsAndFrequenciesOfAVerifiedDecision() throws Exception {
    time.advance(Duration.ofMillis(200 * 42));
    follower.accept(decisionFor(42));
    assertThat(cutsSet).containsExactly("plant:a1@42=3");
    assertThat(executor.share()).isEqualTo(0.4);
    assertThat(rates).containsExactly(new MiningRate(1.8e6));
    assertThat(status.latest())
        .hasValueSatisfying(s -> assertThat(s.decision().slot()).isEqualTo(42));
    follower.onSlot(42);
    assertThat(status.describe()).isEqualTo("fresh");
    executor.close();
  }

  @Test
  void refusesForgedOldAndFarFutureDecisionsChangingNothing() throws Exception {
    time.advance(Duration.ofMillis(200 * 42));
    final SlotDecision d = decisionFor(42).decision();
    assertThat(
            catchThrowableOfType(
                ControllerMessageException.class,
                () -> follower.accept(SignedDecision.sign(d, GATEWAY_A))))
        .returns(
            ControllerMessageException.Reason.NOT_SIGNED_BY_CONTROLLER,
            ControllerMessageException::reason);
    assertThat(
            catchThrowableOfType(
                ControllerMessageException.class, () -> follower.accept(decisionFor(44))))
        .returns(ControllerMessageException.Reason.FUTURE_SLOT, ControllerMessageException::reason);
    assertThat(cutsSet).isEmpty();
    assertThat(status.latest()).isEmpty();
    follower.accept(decisionFor(42));
    assertThat(
            catchThrowableOfType(
                ControllerMessageException.class, () -> follower.accept(decisionFor(41))))
        .returns(
            ControllerMessageException.Reason.OUTDATED_SLOT, ControllerMessageException::reason);
    assertThat(cutsSet).hasSize(1);
    executor.close();
  }

  @Test
  void withoutNewDecisionsTheLastStaysInForceAndTheStatusSaysStale() throws Exception {
    time.advance(Duration.ofMillis(200 * 42));
    follower.accept(decisionFor(42));
    follower.onSlot(42);
    follower.onSlot(43);
    follower.onSlot(44);
    assertThat(status.describe()).isEqualTo("stale decision since slot 43");
    assertThat(status.inForce(44))
        .hasValueSatisfying(s -> assertThat(s.decision().slot()).isEqualTo(42));
    assertThat(executor.share()).isEqualTo(0.4);
    time.advance(Duration.ofMillis(400));
    follower.accept(decisionFor(45));
    assertThat(status.describe()).isEqualTo("fresh");
    executor.close();
  }
}
