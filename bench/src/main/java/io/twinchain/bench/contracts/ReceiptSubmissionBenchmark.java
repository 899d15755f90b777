/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.contracts;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Work-receipt submissions executed and committed in blocks, on one thread: each operation is one
 * signed {@code WorkReceipts.submit} transaction decoded (sender recovered), executed by the
 * ledger's TransactionProcessor on libevm and sealed into 30M-gas blocks (state commit, roots).
 * Baseline side by side: plain value transfers through the same path. Transactions are signed
 * before each measured batch, as clients sign them, and not timed. Results are µs per operation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, batchSize = 1)
@Measurement(iterations = 8, batchSize = 1)
@Fork(1)
public class ReceiptSubmissionBenchmark {

  static final int BATCH = 2_000;
  static final int PER_TRANSACTION = 50;

  /** A chain per benchmark, with the next batch signed before each measured invocation. */
  @State(Scope.Thread)
  public abstract static class Batch {
    BenchChain bench;
    List<Bytes> envelopes;

    @Setup(Level.Trial)
    public void start() {
      bench = new BenchChain();
    }

    @Setup(Level.Invocation)
    public void sign() {
      envelopes = next(bench);
    }

    abstract List<Bytes> next(BenchChain chain);

    @TearDown(Level.Trial)
    public void stop() {
      bench.close();
    }
  }

  /** Batches of WorkReceipts.submit transactions. */
  public static class Receipts extends Batch {
    @Override
    List<Bytes> next(final BenchChain chain) {
      return chain.signedReceipts(BATCH);
    }
  }

  /** Batches of submitBatch transactions carrying {@link #PER_TRANSACTION} receipts each. */
  public static class ReceiptBatches extends Batch {
    @Override
    List<Bytes> next(final BenchChain chain) {
      return chain.signedReceiptBatches(BATCH / PER_TRANSACTION, PER_TRANSACTION);
    }
  }

  /** Batches of value transfers. */
  public static class Transfers extends Batch {
    @Override
    List<Bytes> next(final BenchChain chain) {
      return chain.signedTransfers(BATCH);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long receiptSubmissions(final Receipts batch) throws Exception {
    return batch.bench.submitAndSeal(batch.envelopes);
  }

  /** One operation is one receipt, submitted 50 to a transaction as a gateway does per slot. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long receiptsInBatchesOf50(final ReceiptBatches batch) throws Exception {
    return batch.bench.submitAndSeal(batch.envelopes);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long valueTransfersBaseline(final Transfers batch) throws Exception {
    return batch.bench.submitAndSeal(batch.envelopes);
  }
}
