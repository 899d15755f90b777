/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Reads the golden JSON-RPC answers the node's RPC tests pin. */
class RpcReadingsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode golden(final String file) throws Exception {
    try (InputStream in = RpcReadingsTest.class.getResourceAsStream("/rpc/golden/" + file)) {
      return MAPPER.readTree(in).path("response").path("result");
    }
  }

  @Test
  void decisionsGiveCutsPerTwinAndSharesPerAp() throws Exception {
    final JsonNode decision = golden("ctrl/ctrl_getDecision.json");
    assertThat(RpcReadings.cuts(decision))
        .containsEntry("plant:a1", 3)
        .containsEntry("plant:b1", 0);
    assertThat(RpcReadings.shares(decision).get("0xf17f52151ebef6c7334fad080c5704d77216b732"))
        .containsExactly(0.0, 1.0);
  }

  @Test
  void repListGivesReputationAndDifficultyFactorPerAp() throws Exception {
    assertThat(
            RpcReadings.reputations(golden("rep/rep_list.json"))
                .get("0x00000000000000000000000000000000000000a1"))
        .containsExactly(0.5, 0.7788007830714049);
  }

  @Test
  void quantitiesAndPartitions() throws Exception {
    assertThat(RpcReadings.quantity(MAPPER.readTree("\"0x2a\""))).isEqualTo(42);
    assertThat(RpcReadings.quantity(MAPPER.readTree("\"17\""))).isEqualTo(17);
    assertThatThrownBy(() -> RpcReadings.quantity(MAPPER.readTree("\"0xzz\"")))
        .isInstanceOf(NumberFormatException.class);
    final JsonNode partition =
        MAPPER.readTree("{\"cut\": 10, \"latencyMs\": {\"tail\": 0.0, \"total\": 2.5}}");
    assertThat(RpcReadings.usedCut(partition)).hasValue(10);
    assertThat(RpcReadings.latency(partition, "total")).hasValue(2.5);
    assertThat(RpcReadings.usedCut(NullNode.getInstance())).isEmpty();
    assertThat(RpcReadings.latency(NullNode.getInstance(), "total")).isEmpty();
  }

  @Test
  void gatewaysCountingFromTheEpochAreShiftedByGenesisOverSlotLength() {
    final long genesis = 1_795_611_000_000L;
    assertThat(SlotAlignment.offset(1_795_611_050L, 51, genesis, 1000)).isEqualTo(1_795_611_000L);
    assertThat(SlotAlignment.offset(49, 51, genesis, 1000)).isZero();
    assertThat(SlotAlignment.offset(3_591_222_100L, 102, genesis, 500)).isEqualTo(3_591_222_000L);
    assertThatThrownBy(() -> SlotAlignment.offset(1_795_611_050L, 51, genesis + 1, 1000))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("divides 1000 ms");
  }
}
