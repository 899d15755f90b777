/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import static io.twinchain.node.controller.ControllerFixtures.CONTROLLER;
import static io.twinchain.node.controller.ControllerFixtures.GATEWAY_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class ControllerMessagesTest {

  static final SlotDecision DECISION =
      new SlotDecision(
          42,
          "dpra",
          10,
          List.of(new TwinCut("plant:a1", 3), new TwinCut("plant:b1", 0)),
          List.of(
              new ApAllocation(ControllerFixtures.APS.get(0).address(), 1.2e9, 1.8e9, 3e9, 0.25),
              new ApAllocation(ControllerFixtures.APS.get(1).address(), 0, 3e9, 3e9, 1.5)));

  @Test
  void signedDecisionRoundTripsAndVerifiesAgainstTheControllerOnly() throws Exception {
    final SignedDecision signed = SignedDecision.sign(DECISION, CONTROLLER);
    final SignedDecision decoded = SignedDecision.decode(signed.encode());
    assertThat(decoded.decision()).isEqualTo(DECISION);
    assertThat(decoded.decision().hash()).isEqualTo(DECISION.hash());
    assertThat(decoded.signedBy(CONTROLLER.nodeId())).isTrue();
    assertThat(decoded.signedBy(GATEWAY_A.nodeId())).isFalse();
    assertThat(decoded.decision().allocationOf(ControllerFixtures.APS.get(0).address()))
        .hasValueSatisfying(a -> assertThat(a.inferenceShare()).isEqualTo(0.4));
  }

  @Test
  void aDecisionChangedAfterSigningNoLongerVerifies() {
    final SignedDecision signed = SignedDecision.sign(DECISION, CONTROLLER);
    final SlotDecision other =
        new SlotDecision(42, "dpra", 10, List.of(new TwinCut("plant:a1", 4)), DECISION.aps());
    assertThat(new SignedDecision(other, signed.signature()).signedBy(CONTROLLER.nodeId()))
        .isFalse();
  }

  @Test
  void workloadReportRoundTrips() throws Exception {
    final WorkloadReport report =
        new WorkloadReport(
            7, List.of(new TwinLoad("plant:a1", 5), new TwinLoad("plant:a2", 0)), 2.5e6);
    assertThat(WorkloadReport.decode(report.encode())).isEqualTo(report);
  }

  @Test
  void malformedBytesAreRefusedWithATypedReason() {
    final Bytes garbage = Bytes.fromHexString("0xc3010203");
    assertThat(
            catchThrowableOfType(
                ControllerMessageException.class, () -> SignedDecision.decode(garbage)))
        .returns(ControllerMessageException.Reason.MALFORMED, ControllerMessageException::reason);
    assertThat(
            catchThrowableOfType(
                ControllerMessageException.class, () -> WorkloadReport.decode(garbage)))
        .returns(ControllerMessageException.Reason.MALFORMED, ControllerMessageException::reason);
    final Bytes shortSignature = new SignedDecision(DECISION, Bytes.repeat((byte) 1, 64)).encode();
    assertThat(
            catchThrowableOfType(
                ControllerMessageException.class, () -> SignedDecision.decode(shortSignature)))
        .hasMessageContaining("64 bytes");
  }

  @Test
  void allocationsBreakingTheFrequencyBudgetAreRefused() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> new ApAllocation("0x01", 2e9, 2e9, 3e9, 0)))
        .hasMessageContaining("f^I + f^B <= f^max");
  }
}
