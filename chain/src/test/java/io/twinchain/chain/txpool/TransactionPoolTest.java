/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import static io.twinchain.chain.txpool.PoolTransactions.sender;
import static io.twinchain.chain.txpool.PoolTransactions.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionPoolTest {

  private static final BigInteger RICH = BigInteger.TEN.pow(24);

  private final InMemoryHeadState head = new InMemoryHeadState(RICH);

  private TransactionPool pool(final int maxSize) {
    return new TransactionPool(
        2024,
        head,
        address -> !address.equals(sender(66)),
        new TransactionPoolConfig(maxSize, 8, 10, BigInteger.ZERO));
  }

  @Test
  void acceptsANonceRunAndSelectsItInOrder() {
    final TransactionPool pool = pool(100);
    for (long nonce = 0; nonce < 5; nonce++) {
      assertThat(pool.add(transfer(1, nonce, 0))).isInstanceOf(SubmitResult.Accepted.class);
    }
    assertThat(pool.select(10)).extracting(Transaction::nonce).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(pool.nextNonce(sender(1))).isEqualTo(5);
    assertThat(pool.nextNonce(sender(2))).isZero();
    assertThat(pool.counts()).isEqualTo(new PoolCounts(5, 0, 1));
  }

  @Test
  void aBusySenderIsNeverThrottledWhileThePoolHasRoom() {
    final TransactionPool pool = pool(10_000);
    for (long nonce = 0; nonce < 5_000; nonce++) {
      assertThat(pool.add(transfer(1, nonce, 0))).isInstanceOf(SubmitResult.Accepted.class);
    }
    assertThat(pool.counts().ready()).isEqualTo(5_000);
    assertThat(pool.select(5_000)).hasSize(5_000);
  }

  @Test
  void aGapWaitsAsFutureUntilFilled() {
    final TransactionPool pool = pool(100);
    pool.add(transfer(1, 0, 0));
    pool.add(transfer(1, 2, 0));
    pool.add(transfer(1, 3, 0));
    assertThat(pool.counts()).isEqualTo(new PoolCounts(1, 2, 1));
    assertThat(pool.select(10)).extracting(Transaction::nonce).containsExactly(0L);
    pool.add(transfer(1, 1, 0));
    assertThat(pool.select(10)).extracting(Transaction::nonce).containsExactly(0L, 1L, 2L, 3L);
    assertThat(pool.nextNonce(sender(1))).isEqualTo(4);
  }

  @Test
  void refusalsNameTheirReasonAndChangeNothing() {
    final TransactionPool pool = pool(100);
    head.set(sender(2), 5, RICH);
    head.set(sender(3), 0, BigInteger.valueOf(21_000L * 10));
    pool.add(transfer(1, 0, 0));
    final PoolCounts before = pool.counts();
    assertRejected(pool, transfer(1, 0, 0), RejectionReason.ALREADY_KNOWN);
    assertRejected(pool, transfer(2, 4, 0), RejectionReason.NONCE_TOO_LOW);
    assertRejected(pool, transfer(1, 10, 0), RejectionReason.NONCE_TOO_FAR_AHEAD);
    assertRejected(pool, transfer(3, 0, 10), RejectionReason.INSUFFICIENT_BALANCE);
    assertRejected(pool, transfer(66, 0, 0), RejectionReason.SENDER_NOT_PERMITTED);
    assertThat(pool.counts()).isEqualTo(before);
    assertThat(pool.select(10)).hasSize(1);
  }

  @Test
  void aRefreshedBalanceAdmitsWhatTheCachedOneWouldNot() {
    final TransactionPool pool = pool(100);
    head.set(sender(3), 0, BigInteger.valueOf(21_000L * 10 + 1));
    pool.add(transfer(3, 0, 10));
    assertRejected(pool, transfer(3, 1, 20), RejectionReason.INSUFFICIENT_BALANCE);
    head.set(sender(3), 0, RICH);
    assertThat(pool.add(transfer(3, 1, 20))).isInstanceOf(SubmitResult.Accepted.class);
  }

  @Test
  void minimumPriceAndBlockGasLimitAreEnforced() {
    final TransactionPool pool =
        new TransactionPool(
            2024, head, address -> true, new TransactionPoolConfig(10, 8, 10, BigInteger.TWO));
    assertRejected(pool, transfer(1, 0, 1), RejectionReason.FEE_TOO_LOW);
    assertThat(pool.add(transfer(1, 0, 2))).isInstanceOf(SubmitResult.Accepted.class);
  }

  @Test
  void replacementNeedsThePriceBump() {
    final TransactionPool pool = pool(100);
    final Transaction original = transfer(1, 0, 100);
    pool.add(original);
    assertRejected(pool, transfer(1, 0, 105), RejectionReason.REPLACEMENT_UNDERPRICED);
    final Transaction bumped = transfer(1, 0, 110);
    assertThat(pool.add(bumped)).isEqualTo(new SubmitResult.Accepted(bumped.hash()));
    assertThat(pool.pendingTransaction(original.hash())).isEmpty();
    assertThat(pool.pendingTransaction(bumped.hash())).contains(bumped);
    assertThat(pool.counts().total()).isEqualTo(1);
  }

  @Test
  void aFreeTransactionCannotBeReplacedByAnotherFreeOne() {
    final TransactionPool pool = pool(100);
    pool.add(transfer(1, 0, 0));
    assertRejected(pool, transfer(1, 0, 0, 2), RejectionReason.REPLACEMENT_UNDERPRICED);
  }

  @Test
  void selectionOrdersSendersByTipAndKeepsNonceOrder() {
    final TransactionPool pool = pool(100);
    pool.add(transfer(1, 0, 5));
    pool.add(transfer(1, 1, 50));
    pool.add(transfer(2, 0, 20));
    pool.add(transfer(3, 0, 1));
    assertThat(pool.select(10))
        .extracting(t -> PoolTransactions.senderIndex(t.sender()) + "/" + t.nonce())
        .containsExactly("2/0", "1/0", "1/1", "3/0");
    assertThat(pool.select(2)).hasSize(2);
  }

  @Test
  void aFullPoolEvictsFutureTransactionsBeforeReadyOnes() {
    final TransactionPool pool = pool(3);
    pool.add(transfer(1, 0, 1));
    pool.add(transfer(1, 1, 1));
    final Transaction future = transfer(2, 5, 100);
    pool.add(future);
    assertThat(pool.add(transfer(3, 0, 1))).isInstanceOf(SubmitResult.Accepted.class);
    assertThat(pool.pendingTransaction(future.hash())).isEmpty();
    assertThat(pool.counts()).isEqualTo(new PoolCounts(3, 0, 2));
  }

  @Test
  void aFullPoolTrimsTheBusiestSenderForANewcomerAtTheSamePrice() {
    final TransactionPool pool = pool(4);
    for (long nonce = 0; nonce < 4; nonce++) {
      pool.add(transfer(1, nonce, 0));
    }
    assertThat(pool.add(transfer(2, 0, 0))).isInstanceOf(SubmitResult.Accepted.class);
    assertThat(pool.add(transfer(2, 1, 0))).isInstanceOf(SubmitResult.Accepted.class);
    assertRejected(pool, transfer(2, 2, 0), RejectionReason.POOL_FULL);
    assertThat(pool.nextNonce(sender(1))).isEqualTo(2);
    assertThat(pool.nextNonce(sender(2))).isEqualTo(2);
  }

  @Test
  void aFullPoolPrefersTheBetterPayingTransaction() {
    final TransactionPool pool = pool(2);
    pool.add(transfer(1, 0, 5));
    pool.add(transfer(2, 0, 5));
    assertRejected(pool, transfer(3, 0, 1), RejectionReason.POOL_FULL);
    assertThat(pool.add(transfer(3, 0, 9))).isInstanceOf(SubmitResult.Accepted.class);
    assertThat(pool.counts().total()).isEqualTo(2);
  }

  @Test
  void listenersHearOnlyAcceptedTransactions() {
    final TransactionPool pool = pool(100);
    final List<Transaction> heard = new ArrayList<>();
    pool.onTransactionAdded(heard::add);
    final Transaction accepted = transfer(1, 0, 0);
    pool.add(accepted);
    pool.add(accepted);
    pool.add(transfer(1, 50, 0));
    assertThat(heard).containsExactly(accepted);
  }

  private static void assertRejected(
      final TransactionPool pool, final Transaction transaction, final RejectionReason reason) {
    assertThat(pool.add(transaction))
        .isInstanceOfSatisfying(
            SubmitResult.Rejected.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(reason));
  }
}
