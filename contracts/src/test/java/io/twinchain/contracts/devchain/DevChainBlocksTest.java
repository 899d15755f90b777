/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.TransactionReason;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.core.methods.response.EthSendTransaction;

/** Block gas limit and sealing of the dev chain, seen by its JSON-RPC clients. */
class DevChainBlocksTest {

  private final DevChainFixture fixture = DevChainFixture.batched();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aTransactionAboveTheBlockGasLimitIsRefusedAndChangesNothing() throws Exception {
    final Bytes envelope = transfer(0, DevChainFixture.BLOCK_GAS_LIMIT + 1);

    final InvalidTransactionException refused =
        catchThrowableOfType(
            InvalidTransactionException.class, () -> fixture.chain.submit(envelope));
    final EthSendTransaction viaRpc =
        fixture.web3j.ethSendRawTransaction(envelope.toHexString()).send();

    assertThat(refused.reason().code()).isEqualTo(TransactionReason.BLOCK_GAS_LIMIT_EXCEEDED);
    assertThat(viaRpc.hasError()).isTrue();
    assertThat(viaRpc.getError().getMessage()).contains("BLOCK_GAS_LIMIT_EXCEEDED");
    assertThat(fixture.chain.seal().block().body().transactions()).isEmpty();
    final long nonce =
        fixture.chain.readState(1, state -> state.nonce(DevChainFixture.address(fixture.user)));
    assertThat(nonce).isZero();
  }

  @Test
  void aTransactionThatDoesNotFitSealsTheBlockAndOpensAnother() throws Exception {
    // Gas left in a block must cover a transaction's gas limit, not just the gas it will use.
    final long nearlyAllGas = DevChainFixture.BLOCK_GAS_LIMIT - 10_000;
    for (int nonce = 0; nonce < 3; nonce++) {
      fixture.chain.submit(transfer(nonce, nearlyAllGas));
    }
    fixture.chain.seal();

    assertThat(fixture.chain.headNumber()).isEqualTo(3);
    for (long number = 1; number <= 3; number++) {
      final var block = fixture.chain.block(number).orElseThrow().block();
      assertThat(block.body().transactions()).hasSize(1);
      assertThat(block.header().gasUsed()).isEqualTo(21_000L);
    }
  }

  private Bytes transfer(final long nonce, final long gasLimit) {
    final RawTransaction raw =
        RawTransaction.createEtherTransaction(
            BigInteger.valueOf(nonce),
            BigInteger.ZERO,
            BigInteger.valueOf(gasLimit),
            fixture.ap.getAddress(),
            BigInteger.ONE);
    return Bytes.wrap(TransactionEncoder.signMessage(raw, DevChainFixture.CHAIN_ID, fixture.user));
  }
}
