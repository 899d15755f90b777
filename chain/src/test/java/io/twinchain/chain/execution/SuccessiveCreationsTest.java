/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.testsupport.TestContexts;
import io.twinchain.chain.testsupport.TestContracts;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.ContractUtils;

/**
 * Every creation lands at Ethereum's address keccak(rlp(sender, nonce)), also after the first one:
 * libevm derives the address from the account nonce − 1, so the processor must have incremented it
 * before the EVM runs.
 */
class SuccessiveCreationsTest {

  private static final long CHAIN_ID = 2024;
  private static final Address ALICE = TestKeys.address(1);

  @Test
  void eachCreationGetsTheAddressOfItsNonce() throws Exception {
    final BlockContext block = TestContexts.firstBlock(CHAIN_ID, TestKeys.address(9));
    final SignedTransactionDecoder decoder = new SignedTransactionDecoder(CHAIN_ID);
    try (WorldStateArchive archive = WorldStateArchive.inMemory();
        MutableWorldState state = archive.open(WorldStateArchive.EMPTY_ROOT)) {
      state.setBalance(ALICE, BigInteger.TEN.pow(20));
      for (int nonce = 0; nonce < 3; nonce++) {
        final TransactionResult created =
            new TransactionProcessor()
                .process(
                    state,
                    block,
                    decoder.decode(
                        TestTransactions.dynamicFeeCall(
                            TestKeys.credentials(1),
                            CHAIN_ID,
                            nonce,
                            null,
                            200_000,
                            TestContracts.STORE_AND_LOG_INIT)),
                    nonce,
                    30_000_000);
        assertThat(created.success()).as("creation %d: %s", nonce, created.error()).isTrue();
        assertThat(created.contractAddress())
            .hasValue(
                Addresses.fromHex(
                    ContractUtils.generateContractAddress(
                        ALICE.getValue(), BigInteger.valueOf(nonce))));
        assertThat(state.nonce(ALICE)).isEqualTo(nonce + 1L);
      }
    }
  }
}
