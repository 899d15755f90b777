/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads the JSON-RPC results the experiment samples: {@code ctrl_getDecision}, {@code
 * dnn_getPartition}, {@code rep_list} and hex quantities. Addresses are compared in lower case.
 */
final class RpcReadings {

  private RpcReadings() {}

  /** A hex quantity ({@code 0x1f}) or a plain number. */
  static long quantity(final JsonNode node) {
    final String text = node.asText();
    return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
  }

  /** The cut per twin id of a decision. */
  static Map<String, Integer> cuts(final JsonNode decision) {
    final Map<String, Integer> cuts = new HashMap<>();
    for (final JsonNode cut : decision.path("cuts")) {
      cuts.put(cut.path("twin").asText(), cut.path("cut").asInt());
    }
    return cuts;
  }

  /** The (inference share, mining share) per AP address of a decision. */
  static Map<String, double[]> shares(final JsonNode decision) {
    final Map<String, double[]> shares = new HashMap<>();
    for (final JsonNode ap : decision.path("aps")) {
      shares.put(
          ap.path("ap").asText().toLowerCase(java.util.Locale.ROOT),
          new double[] {ap.path("inferenceShare").asDouble(), ap.path("miningShare").asDouble()});
    }
    return shares;
  }

  /** The (reputation, difficulty factor) per AP address of {@code rep_list}. */
  static Map<String, double[]> reputations(final JsonNode list) {
    final Map<String, double[]> reputations = new HashMap<>();
    for (final JsonNode ap : list) {
      reputations.put(
          ap.path("address").asText().toLowerCase(java.util.Locale.ROOT),
          new double[] {
            Double.parseDouble(ap.path("reputation").asText()),
            ap.path("difficultyFactor").asDouble()
          });
    }
    return reputations;
  }

  /** The cut a partition record ran with; empty for {@code null}. */
  static OptionalInt usedCut(final JsonNode partition) {
    return partition.isObject()
        ? OptionalInt.of(partition.path("cut").asInt())
        : OptionalInt.empty();
  }

  /** A {@code latencyMs} part ({@code tail}, {@code total}) of a partition record. */
  static OptionalDouble latency(final JsonNode partition, final String part) {
    final JsonNode value = partition.path("latencyMs").path(part);
    return value.isNumber() ? OptionalDouble.of(value.asDouble()) : OptionalDouble.empty();
  }
}
