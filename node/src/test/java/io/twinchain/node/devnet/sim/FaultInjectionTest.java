/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.offload.machinery.MachineCondition;
import io.twinchain.offload.machinery.MachineState;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

  private static MachineState parse(final String json) {
    return FaultInjection.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void roundTripsEveryCondition() {
    for (final MachineCondition condition : MachineCondition.values()) {
      final MachineState state =
          condition == MachineCondition.HEALTHY
              ? MachineState.HEALTHY
              : new MachineState(condition, 0.6);
      assertThat(parse(FaultInjection.json(state))).isEqualTo(state);
    }
  }

  @Test
  void acceptsDashesAndCase() {
    assertThat(FaultInjection.condition("Inner-Race-Fault"))
        .contains(MachineCondition.INNER_RACE_FAULT);
  }

  @Test
  void namesWhatIsWrong() {
    assertThatThrownBy(() -> parse("{\"kind\":\"melted\"}"))
        .hasMessageContaining("unknown fault kind 'melted'");
    assertThatThrownBy(() -> parse("{\"kind\":\"imbalance\",\"severity\":3}"))
        .hasMessageContaining("severity must be in [0, 1]");
    assertThatThrownBy(() -> parse("not json")).hasMessageContaining("not JSON");
  }
}
