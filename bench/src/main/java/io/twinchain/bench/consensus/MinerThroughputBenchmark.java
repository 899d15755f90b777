/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.consensus;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.miner.Miner;
import io.twinchain.consensus.miner.MinerConfig;
import io.twinchain.consensus.miner.MinerPorts;
import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.consensus.miner.TimeProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The real {@link Miner} on one thread, at a difficulty it never solves, reported as hashes per
 * second (the {@code hashes} counter, in ops/s). Unthrottled, it is compared with {@code
 * PowHashBenchmark.powTrial}; throttled, it shows the controller's allocation taking effect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MinerThroughputBenchmark {

  /** Hashes per second to allocate; 0 means unthrottled. */
  @Param({"0", "1000000"})
  public double hashesPerSecond;

  private Miner miner;

  /** Counts the miner's hashes between the benchmark's invocations. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Hashes {
    public long hashes;
  }

  @Setup(Level.Trial)
  public void startMiner() {
    final BenchNetwork network = new BenchNetwork(Long.MAX_VALUE / 2);
    final MiningRate rate =
        hashesPerSecond == 0 ? MiningRate.UNTHROTTLED : new MiningRate(hashesPerSecond);
    miner =
        new Miner(
            new MinerConfig(BenchNetwork.MINER, 1, 0, rate),
            network.calculator,
            new MinerPorts(
                network.chain,
                max -> List.of(),
                (parent, fields, transactions) ->
                    new Block(
                        BenchNetwork.unsealedChild(parent, fields), new BlockBody(transactions)),
                block -> ValidationResult.valid(),
                TimeProvider.system(),
                () -> true));
    miner.start();
  }

  @TearDown(Level.Trial)
  public void stopMiner() throws InterruptedException {
    miner.close();
  }

  /** Sleeps while the mining thread works, then credits the hashes it did meanwhile. */
  @Benchmark
  public void mine(final Hashes counter) throws InterruptedException {
    final long before = miner.hashesTried();
    Thread.sleep(100);
    counter.hashes += miner.hashesTried() - before;
  }
}
