/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import static io.twinchain.node.controller.ControllerFixtures.GATEWAY_A;
import static io.twinchain.node.controller.ControllerFixtures.GATEWAY_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.twinchain.offload.controller.SlotObservation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionMakerTest {

  @Test
  void dpraKeepsEveryApsQueueBoundedOverManySlots() {
    final DecisionMaker maker = new DecisionMaker(ControllerFixtures.setup("dpra"));
    for (long t = 0; t < 300; t++) {
      final SlotDecision d =
          maker.decide(new SlotObservation(t, new double[] {5, 3, 8, 1}, new double[] {2e6, 4e6}));
      assertThat(d.cuts()).extracting(TwinCut::twin).isEqualTo(ControllerFixtures.TWINS);
      assertThat(d.aps()).hasSize(3);
    }
    for (final double z : maker.state().queues()) {
      assertThat(z / 300).isLessThan(0.05);
    }
  }

  @Test
  void skippedSlotsCountAsNoContributionLikeOnChain() {
    final ControllerSetup setup = ControllerFixtures.setup("ap-only");
    final DecisionMaker maker = new DecisionMaker(setup);
    final SlotObservation seen =
        new SlotObservation(5, new double[] {1, 1, 1, 1}, new double[] {2e6, 2e6});
    maker.decide(seen);
    final var afterFirst = maker.state();
    maker.decide(new SlotObservation(8, seen.samples(), seen.linkRates()));
    var expected = afterFirst;
    for (long s = 6; s < 8; s++) {
      expected = expected.next(new double[3], setup.constraint(), s);
    }
    expected = expected.next(new double[] {0.5, 0.5, 0.5}, setup.constraint(), 8);
    assertThat(maker.state()).isEqualTo(expected);
  }

  @Test
  void everyCatalogPolicyDecidesAndUnknownNamesAreRefused() {
    for (final String name : PolicyCatalog.NAMES) {
      final SlotDecision d =
          new DecisionMaker(ControllerFixtures.setup(name))
              .decide(new SlotObservation(0, new double[] {1, 1, 1, 1}, new double[] {2e6, 2e6}));
      assertThat(d.policy()).isEqualTo(name);
    }
    assertThat(
            new DecisionMaker(ControllerFixtures.setup("ap-only"))
                .decide(new SlotObservation(0, new double[] {1, 1, 1, 1}, new double[] {2e6, 2e6}))
                .cuts())
        .allSatisfy(c -> assertThat(c.cut()).isZero());
    assertThatThrownBy(() -> PolicyCatalog.create(ControllerFixtures.setup("fastest")))
        .hasMessageContaining("unknown controller policy 'fastest'");
  }

  @Test
  void reportBookBuildsTheObservationAndRefusesBadReports() throws Exception {
    final ReportBook book = new ReportBook(ControllerFixtures.setup("dpra"));
    book.add(GATEWAY_A.nodeId(), new WorkloadReport(3, List.of(new TwinLoad("plant:a2", 6)), 5e6));
    final SlotObservation seen = book.close(3);
    assertThat(seen.samples()).containsExactly(0, 6, 0, 0);
    assertThat(seen.linkRates()).containsExactly(5e6, 2e6);
    assertThat(
            reasonOf(
                book, GATEWAY_B, new WorkloadReport(4, List.of(new TwinLoad("plant:a1", 1)), 1e6)))
        .isEqualTo(ControllerMessageException.Reason.UNKNOWN_TWIN);
    assertThat(reasonOf(book, ControllerFixtures.CONTROLLER, new WorkloadReport(4, List.of(), 1e6)))
        .isEqualTo(ControllerMessageException.Reason.UNKNOWN_GATEWAY);
    assertThat(reasonOf(book, GATEWAY_A, new WorkloadReport(3, List.of(), 1e6)))
        .isEqualTo(ControllerMessageException.Reason.OUTDATED_SLOT);
    assertThat(reasonOf(book, GATEWAY_A, new WorkloadReport(99, List.of(), 1e6)))
        .isEqualTo(ControllerMessageException.Reason.FUTURE_SLOT);
    assertThat(book.close(4).samples()).containsExactly(0, 0, 0, 0);
  }

  private static ControllerMessageException.Reason reasonOf(
      final ReportBook book,
      final io.twinchain.node.keys.NodeKey from,
      final WorkloadReport report) {
    return catchThrowableOfType(
            ControllerMessageException.class, () -> book.add(from.nodeId(), report))
        .reason();
  }
}
