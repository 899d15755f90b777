/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the experiments of spec §6: DPRA against every baseline on identical traces, the V sweep and
 * the K sweep, each over the configured seeds.
 */
public final class Simulation {

  private final SimulationConfig config;
  private final SlotProgress progress;

  public Simulation(final SimulationConfig config, final SlotProgress progress) {
    this.config = config;
    this.progress = progress;
  }

  /** Runs everything. */
  public SimulationResults run() {
    final List<Contender> contenders = new ArrayList<>(Baselines.all(config.tradeOff()));
    if (config.oracle()) {
      contenders.add(Baselines.oracle(config.tradeOff()));
    }
    final List<ComparisonRow> rows = new ArrayList<>();
    final List<Trajectory> dpraRuns = new ArrayList<>();
    for (final Contender contender : contenders) {
      final List<Trajectory> runs = runSeeds(config.scenario(), contender);
      if (contender.name().equals(Baselines.DPRA)) {
        dpraRuns.addAll(runs);
      }
      rows.add(row(contender.name(), summaries(config.scenario(), runs)));
    }
    final List<SweepPoint> tradeOffs = new ArrayList<>();
    for (final double v : config.tradeOffSweep()) {
      tradeOffs.add(point(v, config.scenario(), Baselines.dpra(v)));
    }
    final List<SweepPoint> aps = new ArrayList<>();
    for (final int k : config.apSweep()) {
      aps.add(point(k, config.scenario().withAps(k), Baselines.dpra(config.tradeOff())));
    }
    final List<SweepPoint> gammas = new ArrayList<>();
    final List<SweepPoint> greedyGammas = new ArrayList<>();
    for (final double gamma : config.gammaSweep()) {
      final ScenarioConfig world =
          config.scenario().withReputation(config.scenario().reputation().withGamma(gamma));
      gammas.add(point(gamma, world, Baselines.dpra(config.tradeOff())));
      greedyGammas.add(point(gamma, world, Baselines.latencyGreedy(config.tradeOff())));
    }
    return new SimulationResults(
        config, rows, tradeOffs, aps, gammas, greedyGammas, dpraRuns.getFirst());
  }

  private List<Trajectory> runSeeds(final ScenarioConfig world, final Contender contender) {
    final List<Trajectory> runs = new ArrayList<>();
    for (int i = 0; i < config.seeds(); i++) {
      final RandomStreams streams = new RandomStreams(config.firstSeed() + i);
      runs.add(contender.run(world.build(streams), streams, config.slots(), progress));
    }
    return runs;
  }

  private static List<RunSummary> summaries(
      final ScenarioConfig world, final List<Trajectory> runs) {
    final double[] gamma = world.gammas();
    return runs.stream().map(run -> RunSummary.of(run, gamma)).toList();
  }

  private SweepPoint point(
      final double value, final ScenarioConfig world, final Contender contender) {
    final List<RunSummary> runs = summaries(world, runSeeds(world, contender));
    return new SweepPoint(
        value,
        estimate(runs, RunSummary::meanLatency),
        estimate(runs, RunSummary::meanBacklog),
        runs.stream().mapToDouble(RunSummary::maxQueueRate).max().orElse(0));
  }

  private static ComparisonRow row(final String name, final List<RunSummary> runs) {
    return new ComparisonRow(
        name,
        estimate(runs, RunSummary::meanLatency),
        estimate(runs, RunSummary::meanExpectedLatency),
        estimate(runs, RunSummary::meanInference),
        estimate(runs, RunSummary::meanBlock),
        estimate(runs, RunSummary::meanBacklog),
        runs.stream().mapToDouble(RunSummary::maxQueueRate).max().orElse(0),
        runs.stream().mapToDouble(RunSummary::minSlack).min().orElse(0));
  }

  private static Estimate estimate(
      final List<RunSummary> runs, final Function<RunSummary, Double> metric) {
    return Estimate.of(runs.stream().map(metric).toList());
  }
}
