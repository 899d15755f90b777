/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Spec §7 property 2: layers 1..l at the gateway and l+1..L at the AP; l = 0 runs nothing at the
 * gateway and sends ψ_0; l = L leaves nothing for the AP; gateway plus AP FLOPs equal the model's
 * total × D for every cut.
 */
class PartitionSemanticsProperties {

  @Property(tries = 200)
  void flopsAreConservedForEveryCut(
      @ForAll("tables") final LayerTable table, @ForAll("samples") final double samples) {
    final LatencyModel model = single(table);
    for (int cut = 0; cut <= table.layerCount(); cut++) {
      final SlotWorkload workload =
          new SlotWorkload(model, new double[] {samples}, new double[] {1e6}, new int[] {cut});
      final double gatewayFlops = workload.gatewayExecution(0) * model.gateway(0).flopsPerSecond();
      assertThat(gatewayFlops + workload.apWork(0))
          .isCloseTo(
              samples * table.totalFlops(), within(1e-6 * samples * table.totalFlops() + 1e-9));
      double head = 0;
      for (int l = 1; l <= cut; l++) {
        head += table.layerFlops(l);
      }
      assertThat(table.headFlops(cut)).isCloseTo(head, within(1e-6 * head + 1e-9));
      assertThat(workload.transmission(0))
          .isCloseTo(samples * table.cutBits(cut) / 1e6, within(1e-9));
    }
  }

  @Property(tries = 100)
  void extremesRunEverythingOnOneSide(@ForAll("tables") final LayerTable table) {
    final LatencyModel model = single(table);
    final SlotWorkload raw =
        new SlotWorkload(model, new double[] {3}, new double[] {1e6}, new int[] {0});
    assertThat(raw.gatewayExecution(0)).isZero();
    assertThat(raw.transmission(0)).isCloseTo(3 * table.cutBits(0) / 1e6, within(1e-12));
    final SlotWorkload local =
        new SlotWorkload(
            model, new double[] {3}, new double[] {1e6}, new int[] {table.layerCount()});
    assertThat(local.apWork(0)).isZero();
  }

  private static LatencyModel single(final LayerTable table) {
    return new LatencyModel(
        new Topology(new int[] {0}, new int[] {0}, 1),
        List.of(table),
        List.of(new GatewaySpec(1e9, 8)),
        List.of(new ApSpec(3e9, 32)),
        InferenceAggregation.MAX_OF_PIPELINES);
  }

  @Provide
  Arbitrary<LayerTable> tables() {
    return Arbitraries.integers()
        .between(1, 25)
        .flatMap(
            layers ->
                Combinators.combine(
                        Arbitraries.doubles().between(0, 1e8).array(double[].class).ofSize(layers),
                        Arbitraries.doubles()
                            .between(0, 1e7)
                            .array(double[].class)
                            .ofSize(layers + 1))
                    .as((flops, bits) -> new LayerTable("random", flops, bits)));
  }

  @Provide
  Arbitrary<Double> samples() {
    return Arbitraries.integers().between(0, 20).map(Integer::doubleValue);
  }
}
