/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.twin.model.ThingId;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default applies until a twin is assigned; a new cut keeps the twin's model and AP. */
class PartitionPlanTest {
  private static final ThingId PUMP = ThingId.of("plant:pump-1");
  private static final ThingId VALVE = ThingId.of("plant:valve-1");

  @Test
  void cutsFollowTheControllerAndKeepModelAndAp() {
    final NodeId ap = NodeKey.generate(new SecureRandom()).nodeId();
    final PartitionPlan plan = new PartitionPlan(Optional.empty());
    plan.setCut(PUMP, 3);
    assertThat(plan.assignment(PUMP)).isEmpty();

    plan.assignDefault(new Assignment("vibration-cnn", 5, ap));
    plan.setCut(PUMP, 2);

    assertThat(plan.assignment(PUMP)).contains(new Assignment("vibration-cnn", 2, ap));
    assertThat(plan.assignment(VALVE)).contains(new Assignment("vibration-cnn", 5, ap));
  }
}
