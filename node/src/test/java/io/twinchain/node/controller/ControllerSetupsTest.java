/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.offload.controller.SlotObservation;
import io.twinchain.offload.zoo.ModelZoo;
import java.nio.file.Path;
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
  void aZooModelIsPlannedWithItsProfiledLayerTable() throws Exception {
    final ModelZoo zoo = ModelZoo.open(Path.of("..", "offload", "models"));
    final ControllerConfig base =
        config(List.of(new ControllerConfig.TwinPlacement("plant:a1", 0)));
    final ControllerConfig zooModel =
        new ControllerConfig(
            base.controller(),
            base.slotLength(),
            base.policy(),
            base.tradeOff(),
            base.gamma(),
            base.twins(),
            "vibration-cnn",
            base.defaultLinkRate(),
            base.seed());
    final ControllerSetup setup = ControllerSetups.fromGenesis(GENESIS, zooModel, zoo);
    assertThat(setup.system().latency().model(0).layerCount())
        .isEqualTo(zoo.model("vibration-cnn").recordedLayers().size() - 1);
    assertThatThrownBy(() -> ControllerSetups.fromGenesis(GENESIS, zooModel))
        .hasMessageContaining("unknown model vibration-cnn");
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
