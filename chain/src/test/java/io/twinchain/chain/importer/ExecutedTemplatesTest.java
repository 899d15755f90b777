/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.block.HeaviestWorkForkChoice;
import io.twinchain.chain.execution.AncestorHashes;
import io.twinchain.chain.execution.BlockAssembler;
import io.twinchain.chain.execution.TransactionProcessor;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.TransactionBatchDecoder;
import io.twinchain.chain.validation.ExtraDataSizeRule;
import io.twinchain.chain.validation.HeaderRuleset;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A producer importing its own sealed template commits the kept execution (A-TX-PERF-OWN-BLOCK):
 * the same head, state root and balances as a node that executes the block on import.
 */
class ExecutedTemplatesTest {

  @TempDir Path producerDir;
  @TempDir Path peerDir;

  @Test
  void ownSealedTemplateIsCommittedWithoutExecutingAgainAndMatchesAPeer() throws Exception {
    final GenesisConfig genesis = TestChain.genesis(3);
    try (TestChain producer = TestChain.open(producerDir, genesis);
        TestChain peer = TestChain.open(peerDir, genesis)) {
      final var templates = producer.database().executedTemplates();
      final BlockImporter importer =
          new BlockImporter(
              producer.chain(),
              producer.database().worldState(),
              HeaderRuleset.ledgerRules(ExtraDataSizeRule.DEFAULT_MAX_BYTES),
              HeaviestWorkForkChoice.comparator(),
              new SignedTransactionDecoder(TestChain.CHAIN_ID),
              templates);
      final BlockHeader parent = producer.chain().head();
      final List<Bytes> transfers =
          IntStream.range(0, 3)
              .mapToObj(
                  i ->
                      TestTransactions.legacyTransfer(
                          TestKeys.credentials(i),
                          TestChain.CHAIN_ID,
                          0,
                          TestKeys.address(7),
                          BigInteger.valueOf(1_000 + i),
                          BigInteger.ONE))
              .toList();
      final Block template =
          new BlockAssembler(
                  producer.database().worldState(),
                  new TransactionProcessor(),
                  TestChain.CHAIN_ID,
                  Optional.of(templates))
              .assemble(
                  parent,
                  BlockAssembler.childTemplate(parent)
                      .timestamp(parent.timestamp() + 5)
                      .miner(TestKeys.address(100))
                      .difficulty(UInt256.ONE),
                  new TransactionBatchDecoder(new SignedTransactionDecoder(TestChain.CHAIN_ID))
                      .decodeAll(transfers),
                  new AncestorHashes(producer.chain(), parent));
      final Block sealed =
          new Block(template.header().toBuilder().nonce(42).build(), template.body());

      assertThat(importer.importBlock(sealed).status())
          .isEqualTo(ImportResult.Status.IMPORTED_AS_HEAD);
      assertThat(templates.take(sealed.header().sealingHash())).isEmpty();
      assertThat(peer.importer().importBlock(BlockRlp.encode(sealed)).status())
          .isEqualTo(ImportResult.Status.IMPORTED_AS_HEAD);
      assertThat(producer.chain().head()).isEqualTo(peer.chain().head()).isEqualTo(sealed.header());
      assertThat(producer.database().worldState().contains(sealed.header().stateRoot())).isTrue();
    }
  }
}
