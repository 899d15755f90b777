/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.consensus;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.HeaderRuleset;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.headerrules.ProofOfWorkRule;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to validate one mined header with its milestone's full ruleset (ledger rules, timestamps,
 * allowlist, retargeted δ_0, stake modifier, snapshot root, PoW), against the PoW check alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HeaderValidationBenchmark {

  private BenchNetwork network;
  private HeaderRuleset ruleset;
  private ProofOfWorkRule proofOfWork;
  private BlockHeader header;
  private BlockHeader parent;

  @Setup
  public void setUp() {
    network = new BenchNetwork(4_096);
    network.extend(8);
    header = network.chain.head();
    parent = network.chain.header(header.parentHash()).orElseThrow();
    ruleset = network.schedule.specFor(header.number()).ruleset();
    proofOfWork = new ProofOfWorkRule(network.schedule.specFor(header.number()).minerTargets());
    if (!ruleset.validate(header, parent, network.chain).isValid()) {
      throw new IllegalStateException("the benchmark's header must be valid");
    }
  }

  /** The whole ruleset; the header's hashes are recomputed as an imported header's would be. */
  @Benchmark
  public ValidationResult fullRuleset() {
    final BlockHeader fresh = header.toBuilder().build();
    return ruleset.validate(fresh, parent, network.chain);
  }

  /** The PoW rule alone: target from the snapshot, sealing hash, one SHA-256. */
  @Benchmark
  public ValidationResult proofOfWorkOnly() {
    final BlockHeader fresh = header.toBuilder().build();
    return proofOfWork.validate(fresh, parent, network.chain);
  }
}
