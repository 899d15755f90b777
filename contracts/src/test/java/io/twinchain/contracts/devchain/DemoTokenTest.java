/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.contracts.generated.DemoToken;
import io.twinchain.contracts.revert.RevertReason;
import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** A permissioned user deploys and uses its own ERC-20 through web3j, like on any EVM chain. */
class DemoTokenTest {

  private static final BigInteger SUPPLY = BigInteger.valueOf(1_000_000);

  private final DevChainFixture fixture = DevChainFixture.autoSealing();

  @AfterEach
  void close() {
    fixture.close();
  }

  private DemoToken deploy() throws Exception {
    return DemoToken.deploy(
            fixture.web3j, fixture.signer(fixture.user), DevChainFixture.GAS, "Twin", "TWN", SUPPLY)
        .send();
  }

  @Test
  void deployTransferAndRead() throws Exception {
    final DemoToken token = deploy();
    assertThat(token.getContractAddress()).isNotBlank();
    assertThat(
            fixture
                .web3j
                .ethGetCode(token.getContractAddress(), DefaultBlockParameterName.LATEST)
                .send()
                .getCode())
        .hasSizeGreaterThan(100);

    final TransactionReceipt transfer =
        token.transfer(fixture.gateway.getAddress(), BigInteger.valueOf(250)).send();

    assertThat(transfer.isStatusOK()).isTrue();
    assertThat(Long.decode(transfer.getGasUsed().toString())).isBetween(21_000L, 100_000L);
    final var events = DemoToken.getTransferEvents(transfer);
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().value).isEqualTo(BigInteger.valueOf(250));
    assertThat(token.balanceOf(fixture.gateway.getAddress()).send())
        .isEqualTo(BigInteger.valueOf(250));
    assertThat(token.balanceOf(fixture.user.getAddress()).send())
        .isEqualTo(SUPPLY.subtract(BigInteger.valueOf(250)));
    assertThat(token.symbol().send()).isEqualTo("TWN");
  }

  @Test
  void overdraftRevertsWithItsCustomError() throws Exception {
    final DemoToken token = deploy();
    final DemoToken asGateway =
        DemoToken.load(
            token.getContractAddress(),
            fixture.web3j,
            fixture.signer(fixture.gateway),
            DevChainFixture.GAS);

    final RevertReason reason =
        fixture.revertOf(
            () -> asGateway.transfer(fixture.user.getAddress(), BigInteger.TEN).send());

    assertThat(reason.describe())
        .isEqualTo("InsufficientBalance(" + fixture.gateway.getAddress() + ", 0, 10)");
    assertThat(token.balanceOf(fixture.user.getAddress()).send()).isEqualTo(SUPPLY);
  }
}
