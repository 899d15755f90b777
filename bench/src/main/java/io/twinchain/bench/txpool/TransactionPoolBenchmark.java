/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.txpool;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.testsupport.TestHeaders;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.txpool.PoolTransactions;
import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.chain.txpool.TransactionPoolConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The besu #5757 shape: 10,000 transactions submitted to the pool and mined out of it in blocks of
 * 500 (select, then the block's removal and re-promotion), sent either by one sender with 10,000
 * consecutive nonces or by 1,000 senders with 10 each. A pool with a per-sender cap (Besu 23.4's
 * default let 5 per sender in) refuses almost all of the first shape; ours must handle both at
 * about the same rate. Transactions are pre-decoded, as gossip hands them over, so the figure is
 * the pool's own cost (decoding adds one sender recovery per transaction in either shape).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class TransactionPoolBenchmark {

  private static final int TOTAL = 10_000;
  private static final int BLOCK_SIZE = 500;

  /** Senders × nonces per sender. */
  @Param({"1x10000", "1000x10"})
  public String shape;

  private List<Transaction> transactions;
  private BlockHeader header;

  @Setup
  public void setUp() {
    final int senders = Integer.parseInt(shape.substring(0, shape.indexOf('x')));
    final int nonces = TOTAL / senders;
    transactions = new ArrayList<>(TOTAL);
    for (int nonce = 0; nonce < nonces; nonce++) {
      for (int sender = 0; sender < senders; sender++) {
        transactions.add(PoolTransactions.transfer(sender, nonce, 0));
      }
    }
    header = TestHeaders.populated().build();
  }

  /** Submits every transaction, then mines the pool empty; returns the transactions mined. */
  @Benchmark
  public int submitAndMine() {
    final MapHeadState head = new MapHeadState();
    final TransactionPool pool =
        new TransactionPool(2024, head, address -> true, TransactionPoolConfig.DEFAULT);
    for (final Transaction transaction : transactions) {
      if (!(pool.add(transaction) instanceof SubmitResult.Accepted)) {
        throw new IllegalStateException("refused " + transaction);
      }
    }
    int mined = 0;
    List<Transaction> block = pool.select(BLOCK_SIZE);
    while (!block.isEmpty()) {
      block.forEach(t -> head.advance(t.sender(), t.nonce() + 1));
      pool.onCanonicalBlock(new Block(header, new BlockBody(block)));
      mined += block.size();
      block = pool.select(BLOCK_SIZE);
    }
    if (mined != TOTAL) {
      throw new IllegalStateException("mined " + mined + " of " + TOTAL);
    }
    return mined;
  }
}
