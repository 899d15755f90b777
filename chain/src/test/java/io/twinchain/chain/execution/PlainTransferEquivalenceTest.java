/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.testsupport.TestContexts;
import io.twinchain.chain.testsupport.TestContracts;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.ContractUtils;

/**
 * The same blocks executed by the default processor (plain transfers in Java) and by {@link
 * TransactionProcessor#evmOnly()} (everything through the EVM) give the same results, receipts, gas
 * and state root, and refuse the same invalid transaction with the same reason.
 */
class PlainTransferEquivalenceTest {

  private static final long CHAIN_ID = 2024;
  private static final Address ALICE = TestKeys.address(1);
  private static final Address BOB = TestKeys.address(2);
  private static final Address DAVE = TestKeys.address(4);
  private static final Address ABSENT = TestKeys.address(5);
  private static final Address MINER = TestKeys.address(9);
  private static final Address REVERTER = Addresses.fromHex("0x" + "0c".repeat(20));
  private static final Address IDENTITY_PRECOMPILE =
      Addresses.fromHex("0x" + "00".repeat(19) + "04");
  private static final Address CREATED =
      Addresses.fromHex(ContractUtils.generateContractAddress(ALICE.getValue(), BigInteger.TWO));

  private final SignedTransactionDecoder decoder = new SignedTransactionDecoder(CHAIN_ID);
  private WorldStateArchive archive;
  private Bytes32 parentRoot;

  @BeforeEach
  void openArchive() throws Exception {
    archive = WorldStateArchive.inMemory();
    parentRoot = genesis(archive);
  }

  private static Bytes32 genesis(final WorldStateArchive archive) throws Exception {
    try (MutableWorldState state = archive.open(WorldStateArchive.EMPTY_ROOT)) {
      for (final Address funded : List.of(ALICE, BOB, DAVE)) {
        state.setBalance(funded, BigInteger.TEN.pow(20));
      }
      state.setCode(REVERTER, TestContracts.ALWAYS_REVERTS);
      return state.commit();
    }
  }

  @AfterEach
  void close() {
    archive.close();
  }

  @Test
  void mixedBlockGivesTheSameOutcomeOnBothPaths() throws Exception {
    final List<Transaction> block =
        List.of(
            signed(TestTransactions.legacyTransfer(key(1), CHAIN_ID, 0, BOB, wei(1000), wei(2))),
            transfer(1, 1, ABSENT, 0, 1, Bytes.EMPTY),
            transfer(2, 0, ALICE, 7, 3, Bytes.EMPTY),
            call(1, 2, null, 200_000, TestContracts.STORE_AND_LOG_INIT),
            transfer(4, 0, DAVE, 9, 1, Bytes.EMPTY),
            transfer(4, 1, MINER, 11, 0, Bytes.fromHexString("0x00ff")),
            call(1, 3, REVERTER, 50_000, Bytes.EMPTY),
            call(2, 1, IDENTITY_PRECOMPILE, 30_000, Bytes.fromHexString("0x01")),
            call(4, 2, CREATED, 100_000, Bytes32.leftPad(Bytes.of(42))),
            transfer(1, 4, CREATED, 5, 1, Bytes.EMPTY),
            transfer(2, 2, ABSENT, 13, 2, Bytes.EMPTY));
    final Outcome fast = execute(new TransactionProcessor(), block);
    final Outcome reference = execute(TransactionProcessor.evmOnly(), block);
    assertThat(fast.execution().results()).isEqualTo(reference.execution().results());
    assertThat(fast.execution().receipts()).isEqualTo(reference.execution().receipts());
    assertThat(fast.execution().gasUsed()).isEqualTo(reference.execution().gasUsed());
    assertThat(fast.root()).isEqualTo(reference.root());
    assertThat(reference.execution().results().get(3).contractAddress()).hasValue(CREATED);
    assertThat(reference.execution().results().get(6).success()).isFalse();
    assertThat(reference.execution().results().get(8).logs()).hasSize(1);
  }

  @Test
  void zeroFeeTransfersLeaveAnAbsentMinerAbsentOnBothPaths() throws Exception {
    final List<Transaction> block =
        List.of(transfer(1, 0, BOB, 1, 0, Bytes.EMPTY), transfer(2, 0, ABSENT, 0, 0, Bytes.EMPTY));
    final Outcome fast = execute(new TransactionProcessor(), block);
    final Outcome reference = execute(TransactionProcessor.evmOnly(), block);
    assertThat(fast.root()).isEqualTo(reference.root());
    assertThat(fast.execution().receipts()).isEqualTo(reference.execution().receipts());
    try (MutableWorldState state = archive.open(fast.root())) {
      assertThat(state.isPresentAndEmpty(MINER)).isFalse();
      assertThat(state.balance(MINER)).isZero();
      assertThat(state.hasCode(MINER)).isFalse();
    }
  }

  @Test
  void consecutiveBlocksOnCommittedRootsMatchTheEvmPath() throws Exception {
    final List<List<Transaction>> blocks =
        List.of(
            List.of(
                transfer(1, 0, BOB, 1000, 1, Bytes.EMPTY),
                transfer(2, 0, ABSENT, 500, 1, Bytes.EMPTY)),
            List.of(
                transfer(2, 1, ALICE, 7, 1, Bytes.EMPTY),
                call(1, 1, REVERTER, 50_000, Bytes.EMPTY),
                transfer(1, 2, BOB, 3, 1, Bytes.EMPTY)),
            List.of(
                transfer(1, 3, ABSENT, 1, 1, Bytes.EMPTY), transfer(2, 2, BOB, 1, 1, Bytes.EMPTY)));
    try (WorldStateArchive referenceArchive = WorldStateArchive.inMemory()) {
      Bytes32 fastRoot = parentRoot;
      Bytes32 referenceRoot = genesis(referenceArchive);
      for (final List<Transaction> block : blocks) {
        fastRoot = execute(archive, fastRoot, new TransactionProcessor(), block).root();
        referenceRoot =
            execute(referenceArchive, referenceRoot, TransactionProcessor.evmOnly(), block).root();
        assertThat(fastRoot).isEqualTo(referenceRoot);
      }
    }
  }

  @Test
  void anInvalidTransactionIsRefusedAlikeOnBothPaths() throws Exception {
    final List<Transaction> block =
        List.of(transfer(1, 0, BOB, 1, 1, Bytes.EMPTY), transfer(1, 0, BOB, 1, 1, Bytes.EMPTY));
    final InvalidTransactionException fast =
        catchThrowableOfType(
            InvalidTransactionException.class, () -> execute(new TransactionProcessor(), block));
    final InvalidTransactionException reference =
        catchThrowableOfType(
            InvalidTransactionException.class,
            () -> execute(TransactionProcessor.evmOnly(), block));
    assertThat(fast.reason()).isEqualTo(reference.reason());
  }

  @Test
  void onlyTransfersToCodelessOrdinaryAccountsSkipTheEvm() throws Exception {
    final BlockContext context = context();
    try (MutableWorldState state = archive.open(parentRoot)) {
      assertThat(
              PlainTransfer.tryApply(
                  state, context, transfer(1, 0, BOB, 1, 1, Bytes.EMPTY), 21_000))
          .isPresent();
      assertThat(
              PlainTransfer.tryApply(
                  state, context, transfer(1, 1, REVERTER, 1, 1, Bytes.EMPTY), 21_000))
          .isEmpty();
      assertThat(
              PlainTransfer.tryApply(
                  state, context, call(1, 1, IDENTITY_PRECOMPILE, 30_000, Bytes.EMPTY), 21_000))
          .isEmpty();
      assertThat(
              PlainTransfer.tryApply(
                  state,
                  context,
                  call(1, 1, null, 200_000, TestContracts.STORE_AND_LOG_INIT),
                  53_000))
          .isEmpty();
    }
  }

  private Outcome execute(final TransactionProcessor processor, final List<Transaction> block)
      throws Exception {
    return execute(archive, parentRoot, processor, block);
  }

  private static Outcome execute(
      final WorldStateArchive archive,
      final Bytes32 root,
      final TransactionProcessor processor,
      final List<Transaction> block)
      throws Exception {
    try (MutableWorldState state = archive.open(root)) {
      final BlockExecution execution =
          new BlockExecutor(processor).execute(state, context(), new ArrayList<>(block));
      return new Outcome(execution, state.commit());
    }
  }

  private static BlockContext context() {
    return TestContexts.firstBlock(CHAIN_ID, MINER);
  }

  private Transaction transfer(
      final int from,
      final long nonce,
      final Address to,
      final long value,
      final long fee,
      final Bytes data)
      throws InvalidTransactionException {
    return signed(
        TestTransactions.dynamicFee(
            key(from),
            CHAIN_ID,
            nonce,
            to,
            21_000 + 16L * data.size(),
            wei(value),
            wei(fee),
            data));
  }

  private Transaction call(
      final int from, final long nonce, final Address to, final long gas, final Bytes data)
      throws InvalidTransactionException {
    return signed(
        TestTransactions.dynamicFee(key(from), CHAIN_ID, nonce, to, gas, wei(1), wei(1), data));
  }

  private Transaction signed(final Bytes envelope) throws InvalidTransactionException {
    return decoder.decode(envelope);
  }

  private static org.web3j.crypto.Credentials key(final int index) {
    return TestKeys.credentials(index);
  }

  private static BigInteger wei(final long amount) {
    return BigInteger.valueOf(amount);
  }

  private record Outcome(BlockExecution execution, Bytes32 root) {}
}
