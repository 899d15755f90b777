/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.contracts.generated.ControllerLog;
import io.twinchain.contracts.generated.Permissions;
import io.twinchain.contracts.generated.ReputationRegistry;
import io.twinchain.contracts.generated.TwinRegistry;
import io.twinchain.contracts.generated.WorkReceipts;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.genesis.SystemContractsGenesis;
import io.twinchain.contracts.reputation.FixedPointEwma;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.DefaultBlockParameterName;

/**
 * The system contracts deploy by constructor through their web3j wrappers and work when wired
 * together; and the genesis placement writes exactly the storage their constructors write.
 */
class SystemContractsDeploymentTest {

  private final DevChainFixture fixture = DevChainFixture.autoSealing();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void deployedAndWiredContractsAcceptReceipts() throws Exception {
    final var as = fixture.signer(fixture.admin);
    final var gas = DevChainFixture.GAS;
    final Permissions permissions =
        Permissions.deploy(fixture.web3j, as, gas, List.of(fixture.admin.getAddress()), List.of())
            .send();
    final TwinRegistry twins =
        TwinRegistry.deploy(
                fixture.web3j,
                as,
                gas,
                permissions.getContractAddress(),
                List.of(fixture.gateway.getAddress()))
            .send();
    final ReputationRegistry reputation =
        ReputationRegistry.deploy(
                fixture.web3j,
                as,
                gas,
                permissions.getContractAddress(),
                fixture.admin.getAddress(),
                BigInteger.valueOf(FixedPointEwma.ONE / 5),
                BigInteger.ZERO)
            .send();
    final WorkReceipts receipts =
        WorkReceipts.deploy(
                fixture.web3j, as, gas, twins.getContractAddress(), reputation.getContractAddress())
            .send();
    reputation.setWriter(receipts.getContractAddress()).send();

    WorkReceipts.load(
            receipts.getContractAddress(), fixture.web3j, fixture.signer(fixture.gateway), gas)
        .submit(WorkReceiptsTest.receipt(1, 0, fixture.ap, FixedPointEwma.ONE))
        .send();

    // R(1) = 0.8·0 + 0.2·1 with η = 0.2 and R_init = 0.
    assertThat(reputation.reputationOf(fixture.ap.getAddress()).send())
        .isEqualTo(BigInteger.valueOf(FixedPointEwma.ONE / 5));
  }

  @Test
  void genesisStorageEqualsWhatTheConstructorWrites() throws Exception {
    final var config = fixture.systemConfig;
    final Permissions deployed =
        Permissions.deploy(
                fixture.web3j,
                fixture.signer(fixture.admin),
                DevChainFixture.GAS,
                config.admins().stream().map(a -> a.getValue()).toList(),
                config.accounts().stream().map(a -> a.getValue()).toList())
            .send();
    final Map<UInt256, UInt256> genesis =
        SystemContractsGenesis.allocations(config).get(SystemContract.PERMISSIONS).storage();

    assertThat(genesis).isNotEmpty();
    for (Map.Entry<UInt256, UInt256> slot : genesis.entrySet()) {
      final String value =
          fixture
              .web3j
              .ethGetStorageAt(
                  deployed.getContractAddress(),
                  slot.getKey().toBigInteger(),
                  DefaultBlockParameterName.LATEST)
              .send()
              .getData();
      assertThat(UInt256.fromHexString(value))
          .as("slot %s", slot.getKey())
          .isEqualTo(slot.getValue());
    }
  }

  @Test
  void genesisContractsAnswerWithTheirConfiguration() throws Exception {
    final var config = fixture.systemConfig;
    final ReputationRegistry reputation = fixture.reputation(fixture.user);
    assertThat(reputation.eta().send()).isEqualTo(BigInteger.valueOf(config.eta()));
    assertThat(reputation.initialReputation().send())
        .isEqualTo(BigInteger.valueOf(config.initialReputation()));
    assertThat(reputation.writer().send()).isEqualTo(SystemContract.WORK_RECEIPTS.address());
    assertThat(reputation.permissions().send()).isEqualTo(SystemContract.PERMISSIONS.address());
    assertThat(fixture.twinRegistry(fixture.user).gateways().send())
        .containsExactlyElementsOf(config.gateways().stream().map(a -> a.getValue()).toList());
    assertThat(fixture.workReceipts(fixture.user).gatewayDirectory().send())
        .isEqualTo(SystemContract.TWIN_REGISTRY.address());
    assertThat(fixture.workReceipts(fixture.user).reputation().send())
        .isEqualTo(SystemContract.REPUTATION_REGISTRY.address());
    final ControllerLog log = fixture.controllerLog(fixture.user);
    assertThat(log.isController(fixture.controller.getAddress()).send()).isTrue();
    assertThat(log.isController(fixture.user.getAddress()).send()).isFalse();
    assertThat(fixture.permissions(fixture.user).admins().send())
        .containsExactly(fixture.admin.getAddress());
  }
}
