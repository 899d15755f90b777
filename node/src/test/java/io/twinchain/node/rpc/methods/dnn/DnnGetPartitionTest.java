/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.dnn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.offload.gateway.Assignment;
import io.twinchain.node.offload.gateway.LatencyParts;
import io.twinchain.node.offload.gateway.PartitionHistory;
import io.twinchain.node.offload.gateway.PartitionRecord;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.twin.model.ThingId;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The partition of a slot comes from the bounded history; evicted slots read as null. */
class DnnGetPartitionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ThingId PUMP = ThingId.of("plant:pump-1");

  @Test
  void readsTheRecordedSlotAndForgetsEvictedOnes() throws Exception {
    final PartitionHistory history = new PartitionHistory(2);
    final Assignment assignment =
        new Assignment("vibration-cnn", 5, NodeKey.generate(new SecureRandom()).nodeId());
    for (long slot = 30; slot <= 32; slot++) {
      history.record(
          PUMP,
          new PartitionRecord(
              slot, assignment, 2, 4200, new LatencyParts(1_500_000, 2_000_000, 500_000, 250_000)));
    }
    final DnnGetPartition method = new DnnGetPartition(history);

    final JsonNode found = MAPPER.valueToTree(method.execute(params("plant:pump-1", "0x1f")));
    assertThat(found.get("slot").asText()).isEqualTo("0x1f");
    assertThat(found.get("cut").asInt()).isEqualTo(5);
    assertThat(found.get("ap").asText()).isEqualTo(assignment.ap().toString());
    assertThat(found.get("samples").asInt()).isEqualTo(2);
    assertThat(found.get("latencyMs").get("total").asDouble()).isEqualTo(4.0);
    assertThat(MAPPER.valueToTree(method.execute(params("plant:pump-1", "0x1e"))).isNull())
        .isTrue();
  }

  private static JsonRpcParams params(final String thingId, final String slot) {
    final ArrayNode params = MAPPER.createArrayNode();
    params.add(thingId).add(slot);
    return new JsonRpcParams(params);
  }
}
