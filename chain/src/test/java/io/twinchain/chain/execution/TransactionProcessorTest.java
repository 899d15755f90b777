/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.testsupport.TestContexts;
import io.twinchain.chain.testsupport.TestContracts;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.transaction.TransactionReason;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.ContractUtils;

class TransactionProcessorTest {

  private static final long CHAIN_ID = 2024;
  private static final BigInteger START = BigInteger.TEN.pow(20);
  private static final Address ALICE = TestKeys.address(1);
  private static final Address BOB = TestKeys.address(2);
  private static final Address MINER = TestKeys.address(9);
  private static final Address REVERTER = Addresses.fromHex("0x" + "0c".repeat(20));
  private static final BlockContext BLOCK = TestContexts.firstBlock(CHAIN_ID, MINER);

  private final SignedTransactionDecoder decoder = new SignedTransactionDecoder(CHAIN_ID);
  private final TransactionProcessor processor = new TransactionProcessor();
  private WorldStateArchive archive;
  private MutableWorldState state;

  @BeforeEach
  void fundAlice() throws MissingStateException {
    archive = WorldStateArchive.inMemory();
    state = archive.open(WorldStateArchive.EMPTY_ROOT);
    state.setBalance(ALICE, START);
    state.setCode(REVERTER, TestContracts.ALWAYS_REVERTS);
  }

  @AfterEach
  void close() {
    state.close();
    archive.close();
  }

  @Test
  void legacyTransferMovesValueAndPaysGasToTheMiner() throws Exception {
    final Transaction transfer =
        decoder.decode(
            TestTransactions.legacyTransfer(
                TestKeys.credentials(1),
                CHAIN_ID,
                0,
                BOB,
                BigInteger.valueOf(1000),
                BigInteger.TWO));
    final TransactionResult result = processor.process(state, BLOCK, transfer, 0, 30_000_000);
    assertThat(result.success()).isTrue();
    assertThat(result.gasUsed()).isEqualTo(21_000);
    assertThat(state.balance(BOB)).isEqualTo(BigInteger.valueOf(1000));
    assertThat(state.balance(MINER)).isEqualTo(BigInteger.valueOf(42_000));
    assertThat(state.balance(ALICE)).isEqualTo(START.subtract(BigInteger.valueOf(43_000)));
    assertThat(state.nonce(ALICE)).isEqualTo(1);
  }

  @Test
  void zeroPriceTransferStillMetersGas() throws Exception {
    final Transaction transfer =
        decoder.decode(
            TestTransactions.dynamicFeeTransfer(
                TestKeys.credentials(1), CHAIN_ID, 0, BOB, BigInteger.ONE, BigInteger.ZERO));
    final TransactionResult result = processor.process(state, BLOCK, transfer, 0, 30_000_000);
    assertThat(result.gasUsed()).isEqualTo(21_000);
    assertThat(state.balance(ALICE)).isEqualTo(START.subtract(BigInteger.ONE));
  }

  @Test
  void createsAContractThenCallsItAndCollectsItsLog() throws Exception {
    final Transaction create =
        decoder.decode(
            TestTransactions.dynamicFeeCall(
                TestKeys.credentials(1),
                CHAIN_ID,
                0,
                null,
                200_000,
                TestContracts.STORE_AND_LOG_INIT));
    final TransactionResult created = processor.process(state, BLOCK, create, 0, 30_000_000);
    final Address contract =
        Addresses.fromHex(ContractUtils.generateContractAddress(ALICE.getValue(), BigInteger.ZERO));
    assertThat(created.success()).isTrue();
    assertThat(created.contractAddress()).hasValue(contract);
    assertThat(state.code(contract)).isEqualTo(TestContracts.STORE_AND_LOG_RUNTIME);
    assertThat(state.nonce(ALICE)).isEqualTo(1);

    final Bytes32 word = Bytes32.fromHexStringLenient("0x2a");
    final Transaction call =
        decoder.decode(
            TestTransactions.dynamicFeeCall(
                TestKeys.credentials(1), CHAIN_ID, 1, contract, 100_000, word));
    final TransactionResult called = processor.process(state, BLOCK, call, 1, 30_000_000);
    assertThat(called.success()).isTrue();
    assertThat(called.returnData()).isEqualTo(word);
    assertThat(state.storage(contract, Bytes32.ZERO)).isEqualTo(word);
    assertThat(called.logs())
        .singleElement()
        .satisfies(
            log -> {
              assertThat(log.address()).isEqualTo(contract);
              assertThat(log.topics()).containsExactly(TestContracts.TOPIC);
              assertThat(log.data()).isEqualTo(word);
            });
    assertThat(state.nonce(ALICE)).isEqualTo(2);
  }

  @Test
  void aRevertIsAValidFailedTransactionThatStillPaysGas() throws Exception {
    final Transaction call =
        decoder.decode(
            TestTransactions.dynamicFeeCall(
                TestKeys.credentials(1), CHAIN_ID, 0, REVERTER, 50_000, Bytes.EMPTY));
    final TransactionResult result = processor.process(state, BLOCK, call, 0, 30_000_000);
    assertThat(result.success()).isFalse();
    assertThat(result.error()).isPresent();
    assertThat(result.gasUsed()).isGreaterThan(21_000);
    assertThat(state.nonce(ALICE)).isEqualTo(1);
  }

  @Test
  void refusesWrongNoncesInsufficientBalanceAndBlockGasOverflowWithoutEffects() throws Exception {
    final Bytes32 rootBefore = state.rootHash();
    assertRefused(transfer(5, BigInteger.ONE), 30_000_000, TransactionReason.NONCE_TOO_HIGH);
    assertRefused(transfer(0, START), 30_000_000, TransactionReason.INSUFFICIENT_BALANCE);
    assertRefused(transfer(0, BigInteger.ONE), 20_999, TransactionReason.BLOCK_GAS_LIMIT_EXCEEDED);
    assertThat(state.rootHash()).isEqualTo(rootBefore);
    processor.process(state, BLOCK, transfer(0, BigInteger.ONE), 0, 30_000_000);
    assertRefused(transfer(0, BigInteger.ONE), 30_000_000, TransactionReason.NONCE_TOO_LOW);
  }

  @Test
  void readOnlyCallSeesABlockStateAndChangesNothing() throws Exception {
    final Address contract = Addresses.fromHex("0x" + "0d".repeat(20));
    state.setCode(contract, TestContracts.STORE_AND_LOG_RUNTIME);
    final Bytes32 root = state.commit();
    final Bytes32 word = Bytes32.fromHexStringLenient("0x07");
    final CallResult result =
        new ReadOnlyCalls(archive).call(root, BLOCK, CallRequest.of(contract, word, 100_000));
    assertThat(result.success()).isTrue();
    assertThat(result.returnData()).isEqualTo(word);
    try (MutableWorldState after = archive.open(root)) {
      assertThat(after.storage(contract, Bytes32.ZERO)).isEqualTo(Bytes32.ZERO);
    }
    assertThat(
            new ReadOnlyCalls(archive)
                .call(root, BLOCK, CallRequest.of(REVERTER, Bytes.EMPTY, 50_000))
                .reverted())
        .isTrue();
  }

  private Transaction transfer(final long nonce, final BigInteger value) throws Exception {
    return decoder.decode(
        TestTransactions.legacyTransfer(
            TestKeys.credentials(1), CHAIN_ID, nonce, BOB, value, BigInteger.ONE));
  }

  private void assertRefused(
      final Transaction transaction, final long blockGasRemaining, final TransactionReason reason) {
    assertThatThrownBy(() -> processor.process(state, BLOCK, transaction, 0, blockGasRemaining))
        .isInstanceOfSatisfying(
            InvalidTransactionException.class,
            e -> assertThat(e.reason().code()).isEqualTo(reason));
  }
}
