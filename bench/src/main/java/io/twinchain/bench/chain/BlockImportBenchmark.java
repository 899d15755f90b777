/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.chain;

import io.twinchain.chain.importer.ImportResult;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.transaction.BouncyCastleSenderRecovery;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Import of blocks of 1,000 signed value transfers into a fresh on-disk chain (RocksDB + libevm),
 * signatures verified, against the baseline of recovering the senders of the same transactions one
 * by one. Each invocation handles {@code blocks} × {@code transfersPerBlock} transactions; the
 * score is seconds per invocation, so transfers/s = transactions ÷ score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class BlockImportBenchmark {

  @Param("1000")
  int transfersPerBlock;

  @Param("4")
  int blocks;

  private TransferWorkload workload;
  private Path scratch;
  private TestChain chain;

  /** Signs and assembles the workload once. */
  @Setup(Level.Trial)
  public void createWorkload() throws Exception {
    scratch = Files.createTempDirectory("twinchain-bench");
    workload = new TransferWorkload(transfersPerBlock, blocks, scratch.resolve("workload"));
  }

  /** A fresh data directory at genesis for every invocation (not measured). */
  @Setup(Level.Iteration)
  public void openFreshChain() throws IOException {
    final Path directory = Files.createTempDirectory(scratch, "chain");
    chain = TestChain.open(directory, TestChain.genesis(workload.senders));
  }

  /** Closes the iteration's chain. */
  @TearDown(Level.Iteration)
  public void closeChain() {
    chain.close();
  }

  /** Deletes the scratch directory. */
  @TearDown(Level.Trial)
  public void deleteScratch() throws IOException {
    try (Stream<Path> paths = Files.walk(scratch)) {
      for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Full import: decode, parallel sender recovery, execution, roots, synced commit. */
  @Benchmark
  public void importBlocks(final Blackhole sink) {
    for (final Bytes block : workload.encodedBlocks) {
      final ImportResult result = chain.importer().importBlock(block);
      if (result.status() != ImportResult.Status.IMPORTED_AS_HEAD) {
        throw new IllegalStateException("import failed: " + result);
      }
      sink.consume(result);
    }
  }

  /** Baseline: decode and recover the sender of the same transactions, sequentially. */
  @Benchmark
  public void recoverSendersSequentially(final Blackhole sink) throws InvalidTransactionException {
    recoverAll(new SignedTransactionDecoder(TestChain.CHAIN_ID), sink);
  }

  /** The same with the Bouncy Castle reference recovery instead of libsecp256k1. */
  @Benchmark
  public void recoverSendersWithBouncyCastle(final Blackhole sink)
      throws InvalidTransactionException {
    recoverAll(
        new SignedTransactionDecoder(TestChain.CHAIN_ID, new BouncyCastleSenderRecovery()), sink);
  }

  private void recoverAll(final SignedTransactionDecoder decoder, final Blackhole sink)
      throws InvalidTransactionException {
    for (final Bytes envelope : workload.envelopes) {
      final Transaction transaction = decoder.decode(envelope);
      sink.consume(transaction.sender());
    }
  }
}
