/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.contracts;

import com.sun.management.OperatingSystemMXBean;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.types.Addresses;
import io.twinchain.contracts.reader.ReputationRegistryReader;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * Contract throughput on one thread, reported per wall-clock second and per second of process CPU
 * time (all threads: the JVM's and libevm's Go runtime), so figures stay meaningful on a shared,
 * loaded machine where a single thread gets only part of a core. Side by side: work-receipt
 * submissions (one per transaction, and 50 per transaction), the value-transfer baseline, and
 * reputation reads against a trivial read ({@code eta()}) baseline.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -cp ... ContractThroughput [rounds]}.
 */
public final class ContractThroughput {

  private static final int BATCH = 2_000;
  private static final int READS = 2_000;
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ContractThroughput() {}

  public static void main(final String[] args) throws Exception {
    final int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    transactions(
        "receipt submissions, 1 per tx", rounds, BATCH, chain -> chain.signedReceipts(BATCH));
    transactions(
        "receipt submissions, 50 per tx",
        rounds,
        BATCH,
        chain -> chain.signedReceiptBatches(BATCH / 50, 50));
    transactions(
        "value transfers (baseline)", rounds, BATCH, chain -> chain.signedTransfers(BATCH));
    reads(rounds);
  }

  private static void transactions(
      final String name,
      final int rounds,
      final int operations,
      final java.util.function.Function<BenchChain, List<Bytes>> workload)
      throws Exception {
    try (BenchChain bench = new BenchChain()) {
      for (int round = 0; round < rounds + 1; round++) {
        final List<Bytes> envelopes = workload.apply(bench);
        final Sample sample = Sample.start();
        bench.submitAndSeal(envelopes);
        if (round > 0) {
          sample.report(name, operations);
        }
      }
    }
  }

  private static void reads(final int rounds) throws Exception {
    try (BenchChain bench = new BenchChain()) {
      for (int i = 0; i < 5; i++) {
        bench.submitAndSeal(bench.signedReceiptBatches(BATCH / 50, 50));
      }
      final ReputationRegistryReader reader =
          new ReputationRegistryReader(bench.chain.readOnlyCalls(), BenchChain.CHAIN_ID);
      final BlockHeader head =
          bench.chain.block(bench.chain.headNumber()).orElseThrow().block().header();
      final List<Address> aps = bench.aps.stream().map(Addresses::fromHex).toList();
      for (int round = 0; round < rounds + 1; round++) {
        final Sample reputation = Sample.start();
        repeat(i -> reader.reputationAt(head, aps.get(i % aps.size()), 60));
        if (round > 0) {
          reputation.report("reputationAt reads", READS);
        }
        final Sample trivial = Sample.start();
        repeat(i -> reader.eta(head));
        if (round > 0) {
          trivial.report("eta() reads (baseline)", READS);
        }
      }
    }
  }

  private static void repeat(final ThrowingIntConsumer read) throws Exception {
    for (int i = 0; i < READS; i++) {
      read.accept(i);
    }
  }

  @FunctionalInterface
  private interface ThrowingIntConsumer {
    void accept(int i) throws Exception;
  }

  private record Sample(long wallNanos, long cpuNanos) {
    static Sample start() {
      return new Sample(System.nanoTime(), OS.getProcessCpuTime());
    }

    void report(final String name, final int operations) {
      final double wall = (System.nanoTime() - wallNanos) / 1e9;
      final double cpu = (OS.getProcessCpuTime() - cpuNanos) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%-34s %9.0f ops/s wall  %9.0f ops/CPU-s  (load %.1f)%n",
          name,
          operations / wall,
          operations / cpu,
          OS.getSystemLoadAverage());
    }
  }
}
