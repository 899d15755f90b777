/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.offload.machinery.MachineCondition;
import io.twinchain.offload.machinery.MachineState;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A fault injection as sent on the simulator's control topic: {@code {"kind": "inner_race_fault",
 * "severity": 0.8}}. Kind {@code healthy} repairs the machine.
 */
public final class FaultInjection {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FaultInjection() {}

  /** Every accepted kind, as the classifier names the conditions. */
  public static String kinds() {
    return String.join(
        ", ", Arrays.stream(MachineCondition.values()).map(MachineCondition::label).toList());
  }

  /** The condition labelled {@code kind} (case-insensitive, {@code -} or {@code _}). */
  public static Optional<MachineCondition> condition(final String kind) {
    final String label = kind.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(MachineCondition.values())
        .filter(c -> c.label().equals(label))
        .findFirst();
  }

  /** The control message for {@code state}. */
  public static String json(final MachineState state) {
    return MAPPER
        .createObjectNode()
        .put("kind", state.condition().label())
        .put("severity", state.severity())
        .toString();
  }

  /**
   * Parses a control message; a bad kind, severity or JSON throws {@link IllegalArgumentException}
   * naming the problem.
   */
  public static MachineState parse(final byte[] payload) {
    final JsonNode json;
    try {
      json = MAPPER.readTree(payload);
    } catch (IOException e) {
      throw new IllegalArgumentException("fault message is not JSON: " + e.getMessage(), e);
    }
    final String kind = json == null ? "" : json.path("kind").asText("");
    final MachineCondition condition =
        condition(kind)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown fault kind '" + kind + "'; expected one of " + kinds()));
    if (condition == MachineCondition.HEALTHY) {
      return MachineState.HEALTHY;
    }
    return new MachineState(condition, json.path("severity").asDouble(0.8));
  }
}
