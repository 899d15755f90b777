/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.offload.controller.SlotObservation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControllerSetupsTest {

  private static final String GATEWAY_0 = "0x00000000000000000000000000000000000000a0";
  private static final String GATEWAY_1 = "0x00000000000000000000000000000000000000a1";

  private static final GenesisConfig GENESIS =
      GenesisParser.parse(
          "{\"config\":{\"chainId\":1337,\"consensus\":{\"blockPeriodSeconds\":2,"
              + "\"baseDifficulty\":1000000,\"rho\":1,\"difficultyFunction\":\"exponential\"}},"
              + "\"timestamp\":\"0x0\",\"gasLimit\":\"0x5f5e100\",\"alloc\":{},"
              + "\"accessPoints\":[\"0x00000000000000000000000000000000000000b0\","
              + "\"0x00000000000000000000000000000000000000b1\","
              + "\"0x00000000000000000000000000000000000000b2\"],"
              + "\"gateways\":[\""
              + GATEWAY_0
              + "\",\""
              + GATEWAY_1
              + "\"]}");

  private static ControllerConfig config(final List<ControllerConfig.TwinPlacement> twins) {
    final ControllerConfig off = ControllerConfig.disabled();
    return new ControllerConfig(
        Optional.of(ControllerFixtures.CONTROLLER.nodeId()),
        Optional.empty(),
        "dpra",
        10,
        0.5,
        twins,
        off.model(),
        off.defaultLinkRate(),
        1);
  }

  @Test
  void theGenesisNetworkBecomesTheControllersModel() {
    final ControllerSetup setup =
        ControllerSetups.fromGenesis(
            GENESIS,
            config(
                List.of(
                    new ControllerConfig.TwinPlacement("plant:a1", 0),
                    new ControllerConfig.TwinPlacement("plant:b1", 1))));
    assertThat(setup.gateways()).containsExactly(GATEWAY_0, GATEWAY_1);
    assertThat(setup.aps()).hasSize(3);
    assertThat(setup.system().latency().topology().apOf(1)).isEqualTo(1);
    final SlotDecision decision =
        new DecisionMaker(setup)
            .decide(new SlotObservation(0, new double[] {4, 2}, new double[] {2e6, 2e6}));
    assertThat(decision.cuts()).extracting(TwinCut::twin).containsExactly("plant:a1", "plant:b1");
  }

  @Test
  void aTwinOnAGatewayGenesisDoesNotHaveIsRefused() {
    assertThatThrownBy(
            () ->
                ControllerSetups.fromGenesis(
                    GENESIS, config(List.of(new ControllerConfig.TwinPlacement("plant:x", 2)))))
        .hasMessageContaining("twin plant:x is on gateway 2 but genesis has 2");
  }
}
