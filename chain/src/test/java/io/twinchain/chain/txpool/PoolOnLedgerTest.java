/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.importer.ImportResult.Status;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool on a real chain (RocksDB, libevm state): signed envelopes, imports and a reorg. */
class PoolOnLedgerTest {

  @TempDir Path directory;

  private TestChain chain;
  private TransactionPool pool;
  private CanonicalChainFollower follower;

  @BeforeEach
  void open() {
    chain = TestChain.open(directory, TestChain.genesis(3));
    pool =
        new TransactionPool(
            TestChain.CHAIN_ID,
            new LedgerHeadState(chain.chain(), chain.database().worldState()),
            address -> !address.equals(TestKeys.address(2)),
            TransactionPoolConfig.DEFAULT);
    follower = new CanonicalChainFollower(pool, chain.chain(), TestChain.CHAIN_ID);
  }

  @AfterEach
  void close() {
    chain.close();
  }

  @Test
  void checksEnvelopesAgainstTheHeadState() {
    assertThat(pool.submit(transfer(0, 0))).isInstanceOf(SubmitResult.Accepted.class);
    assertReason(pool.submit(Bytes.fromHexString("0xdeadbeef")), RejectionReason.INVALID);
    assertReason(
        pool.submit(
            TestTransactions.dynamicFeeTransfer(
                TestKeys.credentials(0),
                7,
                1,
                TestKeys.address(9),
                BigInteger.ONE,
                BigInteger.ZERO)),
        RejectionReason.INVALID);
    assertReason(
        pool.submit(
            TestTransactions.dynamicFeeTransfer(
                TestKeys.credentials(5),
                TestChain.CHAIN_ID,
                0,
                TestKeys.address(9),
                BigInteger.ONE,
                BigInteger.ZERO)),
        RejectionReason.INSUFFICIENT_BALANCE);
    assertReason(pool.submit(transfer(2, 0)), RejectionReason.SENDER_NOT_PERMITTED);
    assertReason(
        pool.submit(
            TestTransactions.dynamicFeeCall(
                TestKeys.credentials(0),
                TestChain.CHAIN_ID,
                1,
                TestKeys.address(9),
                200_000_000L,
                Bytes.EMPTY)),
        RejectionReason.GAS_LIMIT_EXCEEDED);
    assertThat(pool.counts().total()).isEqualTo(1);
  }

  @Test
  void anImportedBlockRemovesWhatItIncludedAndPromotesTheRest() throws Exception {
    for (int nonce = 0; nonce < 4; nonce++) {
      pool.submit(transfer(0, nonce));
    }
    pool.submit(transfer(1, 0));
    final Block block = importOn(chain.chain().head(), pool.select(2), 1);
    follower.accept(block);
    assertThat(pool.counts()).isEqualTo(new PoolCounts(3, 0, 2));
    assertThat(pool.nextNonce(TestKeys.address(0))).isEqualTo(4);
    assertThat(pool.select(10)).extracting(Transaction::nonce).contains(2L, 3L);
    block
        .body()
        .transactions()
        .forEach(t -> assertThat(pool.pendingTransaction(t.hash())).isEmpty());
  }

  @Test
  void aReorganisationReturnsTheDroppedBlocksTransactions() throws Exception {
    final BlockHeader genesis = chain.chain().head();
    pool.submit(transfer(0, 0));
    pool.submit(transfer(0, 1));
    final List<Transaction> selected = pool.select(10);
    final Block light = importOn(genesis, selected, 1);
    follower.accept(light);
    assertThat(pool.counts().total()).isZero();

    final Block heavy = chain.buildOn(genesis, List.of(transfer(1, 0)), 5);
    assertThat(chain.importer().importBlock(heavy).status()).isEqualTo(Status.IMPORTED_AS_HEAD);
    follower.accept(heavy);

    assertThat(pool.select(10)).containsExactlyElementsOf(selected);
    assertThat(pool.nextNonce(TestKeys.address(0))).isEqualTo(2);
  }

  private Block importOn(
      final BlockHeader parent, final List<Transaction> transactions, final long difficulty)
      throws Exception {
    final Block block =
        chain.buildOn(
            parent, transactions.stream().map(Transaction::envelope).toList(), difficulty);
    assertThat(block.body().transactions()).hasSameSizeAs(transactions);
    assertThat(chain.importer().importBlock(block).status()).isEqualTo(Status.IMPORTED_AS_HEAD);
    return block;
  }

  private static Bytes transfer(final int key, final long nonce) {
    return TestTransactions.dynamicFeeTransfer(
        TestKeys.credentials(key),
        TestChain.CHAIN_ID,
        nonce,
        TestKeys.address(9),
        BigInteger.ONE,
        BigInteger.ZERO);
  }

  private static void assertReason(final SubmitResult result, final RejectionReason reason) {
    assertThat(result)
        .isInstanceOfSatisfying(
            SubmitResult.Rejected.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(reason));
  }
}
