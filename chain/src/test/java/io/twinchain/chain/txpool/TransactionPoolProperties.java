/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.testsupport.TestHeaders;
import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.web3j.abi.datatypes.Address;

/**
 * Ordering and limit invariants of the pool under any interleaving of submissions (several senders,
 * any nonces, any prices, replacements) and blocks that include a prefix of the selection.
 */
class TransactionPoolProperties {

  /** One step: a submission, or (sender {@code -1}) a block including {@code nonce} selected. */
  record Step(int sender, long nonce, long price) {}

  @Property(tries = 200)
  void selectionIsNonceContiguousPerSenderAndWithinLimits(@ForAll("steps") final List<Step> steps) {
    final InMemoryHeadState head = new InMemoryHeadState(BigInteger.TEN.pow(24));
    final TransactionPool pool =
        new TransactionPool(
            2024, head, address -> true, new TransactionPoolConfig(12, 4, 10, BigInteger.ZERO));
    for (final Step step : steps) {
      if (step.sender() < 0) {
        includeInBlock(pool, head, (int) step.nonce());
      } else {
        pool.add(PoolTransactions.transfer(step.sender(), step.nonce(), step.price()));
      }
      checkInvariants(pool, head);
    }
  }

  private static void includeInBlock(
      final TransactionPool pool, final InMemoryHeadState head, final int count) {
    final List<Transaction> included = pool.select(count);
    included.forEach(t -> head.set(t.sender(), t.nonce() + 1, BigInteger.TEN.pow(24)));
    pool.onCanonicalBlock(new Block(TestHeaders.populated().build(), new BlockBody(included)));
  }

  private static void checkInvariants(final TransactionPool pool, final InMemoryHeadState head) {
    final PoolCounts counts = pool.counts();
    assertThat(counts.total()).isLessThanOrEqualTo(12);
    final List<Transaction> selected = pool.select(Integer.MAX_VALUE);
    assertThat(selected).hasSize(counts.ready());
    final Map<Address, Long> expectedNonce = new HashMap<>();
    for (final Transaction transaction : selected) {
      final long expected =
          expectedNonce.computeIfAbsent(transaction.sender(), s -> head.account(s).nonce());
      assertThat(transaction.nonce()).isEqualTo(expected);
      expectedNonce.put(transaction.sender(), expected + 1);
      assertThat(pool.pendingTransaction(transaction.hash())).contains(transaction);
    }
    expectedNonce.forEach((sender, next) -> assertThat(pool.nextNonce(sender)).isEqualTo(next));
    checkBestTipFirst(selected);
  }

  /** Each pick pays at least what every other sender's next ready transaction pays. */
  private static void checkBestTipFirst(final List<Transaction> selected) {
    final Map<Address, Deque<Transaction>> remaining = new HashMap<>();
    selected.forEach(t -> remaining.computeIfAbsent(t.sender(), s -> new ArrayDeque<>()).add(t));
    for (final Transaction pick : selected) {
      for (final Deque<Transaction> other : remaining.values()) {
        if (!other.isEmpty()) {
          assertThat(pick.maxPriorityFeePerGas())
              .isGreaterThanOrEqualTo(other.peekFirst().maxPriorityFeePerGas());
        }
      }
      remaining.get(pick.sender()).removeFirst();
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    final Arbitrary<Step> submission =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(0, 10),
                Arbitraries.longs().between(0, 3))
            .as(Step::new);
    final Arbitrary<Step> block =
        Arbitraries.longs().between(0, 6).map(count -> new Step(-1, count, 0));
    return Arbitraries.frequencyOf(Tuple.of(8, submission), Tuple.of(1, block))
        .list()
        .ofMaxSize(60);
  }
}
