/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.storage.StorageException;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainDatabaseTest {

  @TempDir Path directory;

  @Test
  void reopeningResumesAtTheCommittedHead() throws Exception {
    final BlockHeader head = importBlocks(3);
    try (TestChain chain = TestChain.open(directory, TestChain.genesis(1))) {
      assertThat(chain.chain().head()).isEqualTo(head);
      assertThat(chain.database().rolledBackOnOpen()).isZero();
      assertThat(chain.database().worldState().contains(head.stateRoot())).isTrue();
    }
  }

  @Test
  void refusesADirectoryOfAnotherGenesis() {
    try (TestChain chain = TestChain.open(directory, TestChain.genesis(1))) {
      assertThat(chain.chain().head().number()).isZero();
    }
    final GenesisConfig other = TestChain.genesis(2);
    assertThatThrownBy(() -> TestChain.open(directory, other))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("genesis");
  }

  @Test
  void rollsTheHeadBackToABlockWhoseStateExists() throws Exception {
    final BlockHeader head = importBlocks(3);
    deleteRecursively(directory.resolve("state"));
    try (TestChain chain = TestChain.open(directory, TestChain.genesis(1))) {
      assertThat(chain.database().rolledBackOnOpen()).isEqualTo(3);
      assertThat(chain.chain().head()).isEqualTo(chain.chain().genesis());
      assertThat(chain.chain().header(head.hash())).isEmpty();
      assertThat(chain.chain().canonicalHeader(1)).isEmpty();
    }
  }

  private BlockHeader importBlocks(final int count) throws Exception {
    try (TestChain chain = TestChain.open(directory, TestChain.genesis(1))) {
      for (int nonce = 0; nonce < count; nonce++) {
        final Block block =
            chain.buildOn(
                chain.chain().head(),
                List.of(
                    TestTransactions.legacyTransfer(
                        TestKeys.credentials(0),
                        TestChain.CHAIN_ID,
                        nonce,
                        TestKeys.address(7),
                        BigInteger.ONE,
                        BigInteger.ONE)),
                1);
        chain.importer().importBlock(block);
      }
      return chain.chain().head();
    }
  }

  private static void deleteRecursively(final Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
