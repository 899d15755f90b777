/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import java.util.List;
import java.util.Optional;

/**
 * Everything a simulation produced.
 *
 * @param config what was run
 * @param comparison DPRA and every baseline, in report order
 * @param tradeOffSweep DPRA against V
 * @param apSweep DPRA against K
 * @param gammaSweep DPRA against Γ
 * @param greedyGammaSweep latency-greedy against Γ
 * @param trace DPRA's run on the first seed, for the per-slot figures
 */
public record SimulationResults(
    SimulationConfig config,
    List<ComparisonRow> comparison,
    List<SweepPoint> tradeOffSweep,
    List<SweepPoint> apSweep,
    List<SweepPoint> gammaSweep,
    List<SweepPoint> greedyGammaSweep,
    Trajectory trace) {

  public SimulationResults {
    comparison = List.copyOf(comparison);
    tradeOffSweep = List.copyOf(tradeOffSweep);
    apSweep = List.copyOf(apSweep);
    gammaSweep = List.copyOf(gammaSweep);
    greedyGammaSweep = List.copyOf(greedyGammaSweep);
  }

  /** The row of a contender. */
  public Optional<ComparisonRow> row(final String name) {
    return comparison.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * The constraint-satisfying baseline with the lowest latency (DPRA and the oracle excluded), the
   * one DPRA must beat.
   */
  public Optional<ComparisonRow> bestFeasibleBaseline() {
    return comparison.stream()
        .filter(r -> !r.name().equals(Baselines.DPRA) && !r.name().equals(Baselines.ORACLE))
        .filter(ComparisonRow::meetsConstraint)
        .min((a, b) -> Double.compare(a.latency().mean(), b.latency().mean()));
  }
}
