/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockHeaderBuilder;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.execution.TrieRoots;
import io.twinchain.chain.importer.ImportResult.Status;
import io.twinchain.chain.testsupport.StoreSnapshot;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.transaction.TransactionReason;
import io.twinchain.chain.validation.BlockReason;
import io.twinchain.chain.validation.ReasonCode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** Every malformed block is refused with its own typed reason and leaves storage unchanged. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedBlockTest {

  @TempDir static Path directory;
  private TestChain chain;
  private Block valid;

  @BeforeAll
  void buildAValidBlock() throws Exception {
    chain = TestChain.open(directory, TestChain.genesis(1));
    valid = chain.buildOn(chain.chain().genesis(), List.of(transfer(TestChain.CHAIN_ID)), 1);
  }

  @AfterAll
  void close() {
    chain.close();
  }

  @Test
  void truncatedRlp() {
    final Bytes encoded = BlockRlp.encode(valid);
    assertRefused(encoded.slice(0, encoded.size() - 3), BlockReason.MALFORMED_BLOCK);
    assertRefused(Bytes.fromHexString("0xf9ffff"), BlockReason.MALFORMED_BLOCK);
  }

  @Test
  void badSignature() {
    final Bytes envelope = valid.body().envelopes().get(0);
    final BigInteger s = envelope.slice(envelope.size() - 32).toUnsignedBigInteger();
    final Bytes malleable =
        Bytes.concatenate(
            envelope.slice(0, envelope.size() - 32),
            Bytes.wrap(Numeric.toBytesPadded(Sign.CURVE_PARAMS.getN().subtract(s), 32)));
    assertRefused(withEnvelopes(List.of(malleable)), TransactionReason.INVALID_SIGNATURE);
  }

  /**
   * An envelope that does not decode is reported even when an earlier transaction would fail to
   * execute (a replayed nonce here): the reason must not depend on how decoding and execution are
   * scheduled, which matters if they are ever overlapped.
   */
  @Test
  void badEnvelopeIsReportedBeforeAnEarlierExecutionFailure() {
    final List<Bytes> envelopes = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      envelopes.add(transfer(TestChain.CHAIN_ID));
    }
    envelopes.set(110, transfer(TestChain.CHAIN_ID + 1));
    assertRefused(withEnvelopes(envelopes), TransactionReason.WRONG_CHAIN_ID);
  }

  @Test
  void transactionForAnotherChain() {
    assertRefused(
        withEnvelopes(List.of(transfer(TestChain.CHAIN_ID + 1))), TransactionReason.WRONG_CHAIN_ID);
  }

  @Test
  void unknownParent() {
    assertRefused(
        header().parentHash(Bytes32.fromHexStringLenient("0xdead")).build(),
        BlockReason.UNKNOWN_PARENT);
  }

  @Test
  void wrongNumber() {
    assertRefused(header().number(2).build(), BlockReason.NUMBER_NOT_PARENT_PLUS_ONE);
  }

  @Test
  void oversizedExtraData() {
    assertRefused(
        header().extraData(Bytes.wrap(new byte[33])).build(), BlockReason.EXTRA_DATA_TOO_LONG);
  }

  @Test
  void gasUsedAboveLimit() {
    assertRefused(
        header().gasUsed(valid.header().gasLimit() + 1).build(), BlockReason.GAS_USED_ABOVE_LIMIT);
  }

  @Test
  void wrongTransactionsRoot() {
    assertRefused(
        header().transactionsRoot(TrieRoots.EMPTY).build(), BlockReason.TRANSACTIONS_ROOT_MISMATCH);
  }

  @Test
  void wrongGasUsed() {
    assertRefused(
        header().gasUsed(valid.header().gasUsed() + 1).build(), BlockReason.GAS_USED_MISMATCH);
  }

  @Test
  void wrongReceiptsRoot() {
    assertRefused(
        header().receiptsRoot(TrieRoots.EMPTY).build(), BlockReason.RECEIPTS_ROOT_MISMATCH);
  }

  @Test
  void wrongStateRoot() {
    final Bytes32 bogus = Bytes32.fromHexStringLenient("0x5747e");
    assertRefused(header().stateRoot(bogus).build(), BlockReason.STATE_ROOT_MISMATCH);
    assertThat(chain.database().worldState().contains(valid.header().stateRoot())).isFalse();
  }

  @Test
  void theUnmodifiedBlockIsValid() {
    assertThat(valid.header().gasUsed()).isEqualTo(21_000);
    assertThat(chain.chain().header(valid.hash())).isEmpty();
  }

  private BlockHeaderBuilder header() {
    return valid.header().toBuilder();
  }

  private Bytes transfer(final long chainId) {
    return TestTransactions.legacyTransfer(
        TestKeys.credentials(0), chainId, 0, TestKeys.address(9), BigInteger.TEN, BigInteger.ONE);
  }

  private Bytes withEnvelopes(final List<Bytes> envelopes) {
    return BlockRlp.encode(
        valid.header().toBuilder().transactionsRoot(TrieRoots.transactionsRoot(envelopes)).build(),
        envelopes);
  }

  private void assertRefused(final BlockHeader header, final ReasonCode reason) {
    assertRefused(BlockRlp.encode(header, valid.body().envelopes()), reason);
  }

  private void assertRefused(final Bytes encoded, final ReasonCode reason) {
    final var before = StoreSnapshot.of(chain.database().keyValueStore());
    final ImportResult result = chain.importer().importBlock(encoded);
    assertThat(result.status()).isEqualTo(Status.INVALID);
    assertThat(result.reason().orElseThrow().code()).isEqualTo(reason);
    assertThat(StoreSnapshot.of(chain.database().keyValueStore())).isEqualTo(before);
  }
}
