/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec §7 property 1: τ^exe_{G_m} = Σ_n a_{n,m} D_n Σ_{l ≤ l_n} χ^n_l / (φ_G f_G), checked against
 * values worked out by hand for two DTs on one gateway at cuts 0, mid (2) and L (4).
 */
class GatewayLatencyTest {

  /** χ = 1, 2, 3, 4 MFLOPs; ψ_0..ψ_4 = 1000, 4000, 3000, 2000, 10 bits. */
  static final LayerTable TABLE =
      new LayerTable(
          "hand", new double[] {1e6, 2e6, 3e6, 4e6}, new double[] {1000, 4000, 3000, 2000, 10});

  /** One gateway at 1 MHz × 2 FLOPs/cycle = 2 MFLOP/s, one AP at 4 MHz × 4 FLOPs/cycle. */
  static final LatencyModel MODEL =
      new LatencyModel(
          new Topology(new int[] {0, 0}, new int[] {0}, 1),
          List.of(TABLE, TABLE),
          List.of(new GatewaySpec(1e6, 2)),
          List.of(new ApSpec(4e6, 4)),
          InferenceAggregation.MAX_OF_PIPELINES);

  /** D = 2 and 3 samples; the uplink carries 1000 bit/s. */
  private static SlotWorkload at(final int first, final int second) {
    return new SlotWorkload(
        MODEL, new double[] {2, 3}, new double[] {1000}, new int[] {first, second});
  }

  @Test
  void cutZeroRunsNothingAtTheGatewayAndSendsRawInput() {
    final SlotWorkload workload = at(0, 0);
    assertThat(workload.gatewayExecution(0)).isZero();
    // (2 + 3) samples × 1000 bits / 1000 bit/s
    assertThat(workload.transmission(0)).isCloseTo(5.0, within(1e-12));
    // (2 + 3) × 10 MFLOPs at the AP
    assertThat(workload.apWork(0)).isCloseTo(50e6, within(1e-6));
  }

  @Test
  void eachOffloadingTwinAddsTheRequestCostAndTheSearchSeesTheSameTotal() {
    final LatencyModel withCost =
        new LatencyModel(
            new Topology(new int[] {0, 0}, new int[] {0}, 1),
            List.of(TABLE, TABLE),
            List.of(new GatewaySpec(1e6, 2, 0.25)),
            List.of(new ApSpec(4e6, 4)),
            InferenceAggregation.MAX_OF_PIPELINES);
    final SlotWorkload both =
        new SlotWorkload(withCost, new double[] {2, 3}, new double[] {1000}, new int[] {2, 2});
    // 15 s of bits as above, plus 0.25 s for each of the two requests
    assertThat(both.transmission(0)).isCloseTo(15.5, within(1e-12));
    assertThat(both.twinGatewaySeconds(0) + both.twinGatewaySeconds(1))
        .isCloseTo(both.gatewayTime(0), within(1e-12));
    both.setCut(1, 4);
    assertThat(both.twinGatewaySeconds(0) + both.twinGatewaySeconds(1))
        .isCloseTo(both.gatewayTime(0), within(1e-12));
    final SlotWorkload idle =
        new SlotWorkload(withCost, new double[] {2, 0}, new double[] {1000}, new int[] {2, 2});
    // a twin without samples sends no request
    assertThat(idle.transmission(0)).isCloseTo(6.25, within(1e-12));
  }

  @Test
  void midCutRunsTheFirstTwoLayers() {
    final SlotWorkload workload = at(2, 2);
    // (2 + 3) × (1 + 2) MFLOPs / 2 MFLOP/s = 7.5 s
    assertThat(workload.gatewayExecution(0)).isCloseTo(7.5, within(1e-12));
    // (2 + 3) × 3000 bits / 1000 bit/s = 15 s
    assertThat(workload.transmission(0)).isCloseTo(15.0, within(1e-12));
    // AP: (2 + 3) × (3 + 4) MFLOPs = 35 MFLOPs at 16 MFLOP/s = 2.1875 s
    assertThat(MODEL.apExecution(0, workload.apWork(0), 4e6)).isCloseTo(2.1875, within(1e-12));
  }

  @Test
  void fullCutRunsEverythingAtTheGateway() {
    final SlotWorkload workload = at(4, 4);
    // (2 + 3) × 10 MFLOPs / 2 MFLOP/s = 25 s
    assertThat(workload.gatewayExecution(0)).isCloseTo(25.0, within(1e-12));
    assertThat(workload.apWork(0)).isZero();
    assertThat(MODEL.apExecution(0, workload.apWork(0), 0)).isZero();
  }

  @Test
  void mixedCutsSumOverTheGatewaysTwins() {
    // DT 0 (D = 2) at l = 0 adds nothing; DT 1 (D = 3) at l = L adds 3 × 10 MFLOPs / 2 MFLOP/s
    assertThat(at(0, 4).gatewayExecution(0)).isCloseTo(15.0, within(1e-12));
    // moving a cut incrementally gives the same as building from scratch
    final SlotWorkload moved = at(0, 0);
    moved.setCut(1, 4);
    assertThat(moved.gatewayExecution(0)).isCloseTo(15.0, within(1e-9));
    assertThat(moved.transmission(0)).isCloseTo((2 * 1000 + 3 * 10) / 1000.0, within(1e-12));
  }

  @Test
  void inferenceLatencyIsArrivalPlusApTime() {
    // l = (2, 2): A = 7.5 + 15 = 22.5 s, AP 35 MFLOPs at f^I = 2 MHz × 4 = 8 MFLOP/s = 4.375 s
    assertThat(
            MODEL.inferenceLatency(
                new double[] {2, 3}, new double[] {1000}, new int[] {2, 2}, new double[] {2e6}))
        .isCloseTo(26.875, within(1e-12));
    assertThat(
            MODEL
                .withAggregation(InferenceAggregation.SUM_OF_PIPELINES)
                .inferenceLatency(
                    new double[] {2, 3}, new double[] {1000}, new int[] {2, 2}, new double[] {2e6}))
        .isCloseTo(26.875, within(1e-12));
  }

  @Test
  void offloadedWorkAtZeroFrequencyNeverFinishes() {
    assertThat(MODEL.apExecution(0, 1e6, 0)).isInfinite();
    assertThat(MODEL.apExecution(0, 0, 0)).isZero();
  }
}
