/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.controller;

import io.twinchain.offload.controller.CoordinateDescent;
import io.twinchain.offload.controller.DpraAllocation;
import io.twinchain.offload.controller.DpraPolicy;
import io.twinchain.offload.controller.FixedShareAllocation;
import io.twinchain.offload.controller.Policy;
import io.twinchain.offload.controller.QueueState;
import io.twinchain.offload.controller.SlotObservation;
import io.twinchain.offload.latency.LayerTables;
import io.twinchain.offload.sim.RandomStreams;
import io.twinchain.offload.sim.Scenario;
import io.twinchain.offload.sim.ScenarioConfig;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DPRA's per-slot decision time (spec §5.3) on the VGG-16 table (L = 21), side by side with the
 * spec's plain coordinate descent over DTs (every cut of every DT priced by the full θ search) and
 * the equal-split baseline's decision (best cut at f^I = f^max/2). Goals: < 1 ms for N = 50, K = 10
 * and < 50 ms for N = 1,000, K = 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ControllerBenchmark {

  /** "N/K": DTs (two per gateway) and APs. */
  @Param({"50/10", "1000/100"})
  public String size;

  private static final int OBSERVATIONS = 32;

  private SlotObservation[] observations;
  private QueueState state;
  private Policy dpra;
  private Policy coordinateDescent;
  private Policy equalSplit;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    final int slash = size.indexOf('/');
    final int twins = Integer.parseInt(size.substring(0, slash));
    final int aps = Integer.parseInt(size.substring(slash + 1));
    final ScenarioConfig d = ScenarioConfig.defaults(LayerTables.vgg16Cifar10());
    final ScenarioConfig world =
        new ScenarioConfig(
            twins / 2,
            2,
            aps,
            d.model(),
            d.samples(),
            d.radio(),
            d.compute(),
            d.chain(),
            d.reputation(),
            d.aggregation());
    final RandomStreams streams = new RandomStreams(42);
    final Scenario scenario = world.build(streams);
    observations = new SlotObservation[OBSERVATIONS];
    final RandomGenerator data = streams.data();
    final RandomGenerator channel = streams.channel();
    for (int i = 0; i < OBSERVATIONS; i++) {
      observations[i] =
          new SlotObservation(
              i, scenario.samples().draw(twins, data), scenario.channel().rates(channel));
    }
    final double[] queues = new double[aps];
    final double[] reputations = new double[aps];
    for (int k = 0; k < aps; k++) {
      queues[k] = (k % 4) * 1.5;
      reputations[k] = 0.4 + 0.2 * (k % 3) / 2;
    }
    state = new QueueState(queues, reputations);
    dpra = DpraPolicy.dpra(scenario.system(), 10, scenario.constraint().direction());
    coordinateDescent =
        new DpraPolicy(
            "cd",
            scenario.system(),
            10,
            scenario.constraint().direction(),
            new CoordinateDescent(20),
            new DpraAllocation(),
            true);
    equalSplit =
        new DpraPolicy(
            "equal split",
            scenario.system(),
            10,
            scenario.constraint().direction(),
            new CoordinateDescent(20),
            new FixedShareAllocation(0.5),
            true);
  }

  private SlotObservation observation() {
    next = (next + 1) % OBSERVATIONS;
    return observations[next];
  }

  /** DPRA as deployed: θ block descent + threshold allocation. */
  @Benchmark
  public Object dpraDecision() {
    return dpra.decide(observation(), state);
  }

  /** The spec's coordinate descent over DTs with the same allocation (side-by-side baseline). */
  @Benchmark
  public Object coordinateDescentDecision() {
    return coordinateDescent.decide(observation(), state);
  }

  /** The equal-split baseline's decision (best cut at a fixed split). */
  @Benchmark
  public Object equalSplitDecision() {
    return equalSplit.decide(observation(), state);
  }
}
