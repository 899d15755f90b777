/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.controller;

import io.twinchain.offload.latency.LayerTables;
import io.twinchain.offload.sim.Baselines;
import io.twinchain.offload.sim.Contender;
import io.twinchain.offload.sim.RandomStreams;
import io.twinchain.offload.sim.ScenarioConfig;
import io.twinchain.offload.sim.SlotProgress;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulator speed in slots per second on the spec §6.3 defaults (N = 10, K = 5, L = 21): one run of
 * {@value #SLOTS} slots per invocation, DPRA beside the equal-split baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulatorBenchmark {

  static final int SLOTS = 200;

  /** Which contender runs. */
  @Param({"DPRA", "equal split"})
  public String policy;

  private final ScenarioConfig world = ScenarioConfig.defaults(LayerTables.vgg16Cifar10());
  private long seed;

  @Benchmark
  @OperationsPerInvocation(SLOTS)
  public Object slots() {
    final Contender contender =
        Baselines.all(10).stream().filter(c -> c.name().equals(policy)).findFirst().orElseThrow();
    final RandomStreams streams = new RandomStreams(seed++);
    return contender.run(world.build(streams), streams, SLOTS, SlotProgress.NONE);
  }
}
