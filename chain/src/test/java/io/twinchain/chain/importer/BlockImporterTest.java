/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.importer.ImportResult.Status;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.store.TransactionLocation;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.types.Keccak256;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.datatypes.Address;

class BlockImporterTest {

  private static final Address BOB = TestKeys.address(50);
  private static final Address CAROL = TestKeys.address(51);

  @TempDir Path directory;
  private TestChain chain;

  @BeforeEach
  void open() {
    chain = TestChain.open(directory, TestChain.genesis(2));
  }

  @AfterEach
  void close() {
    chain.close();
  }

  @Test
  void importsAChainAndIndexesItsTransactions() throws Exception {
    BlockHeader parent = chain.chain().genesis();
    Bytes lastTransfer = Bytes.EMPTY;
    for (int nonce = 0; nonce < 3; nonce++) {
      lastTransfer = transfer(0, nonce, BOB, 10);
      final Block block =
          chain.buildOn(parent, List.of(lastTransfer, transfer(1, nonce, CAROL, 1)), 1);
      final ImportResult result = chain.importer().importBlock(BlockRlp.encode(block));
      assertThat(result.status()).isEqualTo(Status.IMPORTED_AS_HEAD);
      parent = block.header();
    }
    assertThat(chain.chain().head()).isEqualTo(parent);
    assertThat(balanceAtHead(BOB)).isEqualTo(BigInteger.valueOf(30));
    assertThat(balanceAtHead(CAROL)).isEqualTo(BigInteger.valueOf(3));
    assertThat(chain.chain().storage().receipts(parent.hash()).orElseThrow()).hasSize(2);
    assertThat(chain.chain().storage().transactionLocation(Keccak256.hash(lastTransfer)))
        .hasValue(new TransactionLocation(parent.hash(), 0));
    assertThat(chain.importer().importBlock(BlockRlp.encode(parent, List.of())).status())
        .isEqualTo(Status.ALREADY_KNOWN);
  }

  @Test
  void aHeavierForkBecomesTheHeadAndBalancesFollowIt() throws Exception {
    final BlockHeader genesis = chain.chain().genesis();
    final Bytes toBob = transfer(0, 0, BOB, 100);
    final Block a1 = chain.buildOn(genesis, List.of(toBob), 1);
    final Block b1 = chain.buildOn(genesis, List.of(transfer(0, 0, CAROL, 7)), 5);
    assertThat(chain.importer().importBlock(a1).status()).isEqualTo(Status.IMPORTED_AS_HEAD);
    final Block a2 = chain.buildOn(a1.header(), List.of(transfer(0, 1, BOB, 100)), 1);
    assertThat(chain.importer().importBlock(a2).status()).isEqualTo(Status.IMPORTED_AS_HEAD);
    assertThat(balanceAtHead(BOB)).isEqualTo(BigInteger.valueOf(200));

    assertThat(chain.importer().importBlock(b1).status()).isEqualTo(Status.IMPORTED_AS_HEAD);
    assertThat(chain.chain().head()).isEqualTo(b1.header());
    assertThat(balanceAtHead(BOB)).isZero();
    assertThat(balanceAtHead(CAROL)).isEqualTo(BigInteger.valueOf(7));
    assertThat(chain.chain().canonicalHeader(1)).hasValue(b1.header());
    assertThat(chain.chain().canonicalHeader(2)).isEmpty();
    assertThat(chain.chain().storage().transactionLocation(Keccak256.hash(toBob))).isEmpty();

    final Block a3 = chain.buildOn(a2.header(), List.of(), 10);
    assertThat(chain.importer().importBlock(a3).status()).isEqualTo(Status.IMPORTED_AS_HEAD);
    assertThat(balanceAtHead(BOB)).isEqualTo(BigInteger.valueOf(200));
    assertThat(balanceAtHead(CAROL)).isZero();
    assertThat(chain.chain().canonicalHeader(1)).hasValue(a1.header());
    assertThat(chain.chain().storage().transactionLocation(Keccak256.hash(toBob)))
        .hasValue(new TransactionLocation(a1.hash(), 0));
  }

  @Test
  void aLighterForkIsStoredButDoesNotMoveTheHead() throws Exception {
    final BlockHeader genesis = chain.chain().genesis();
    final Block heavy = chain.buildOn(genesis, List.of(), 5);
    final Block light = chain.buildOn(genesis, List.of(transfer(0, 0, BOB, 1)), 2);
    chain.importer().importBlock(heavy);
    assertThat(chain.importer().importBlock(light).status()).isEqualTo(Status.IMPORTED_AS_FORK);
    assertThat(chain.chain().head()).isEqualTo(heavy.header());
    assertThat(chain.chain().header(light.hash())).hasValue(light.header());
  }

  private Bytes transfer(final int key, final long nonce, final Address to, final long value) {
    return TestTransactions.dynamicFeeTransfer(
        TestKeys.credentials(key),
        TestChain.CHAIN_ID,
        nonce,
        to,
        BigInteger.valueOf(value),
        BigInteger.ONE);
  }

  private BigInteger balanceAtHead(final Address account) throws Exception {
    try (MutableWorldState state =
        chain.database().worldState().open(chain.chain().head().stateRoot())) {
      return state.balance(account);
    }
  }
}
