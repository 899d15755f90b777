/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.offload.machinery.ConditionPrediction;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import java.util.List;

/**
 * The twin feature {@code condition}: the classifier's verdict on the latest window, with how it
 * was computed. Properties: {@code class}, {@code confidence}, {@code model}, {@code cut}, {@code
 * ap} (the AP's node id), {@code slot}, {@code windows} (D, the batch size), and {@code latencyMs}
 * with {@code head}, {@code transfer}, {@code tail} and {@code total}.
 */
public final class ConditionFeature {

  /** The feature id. */
  public static final FeatureId ID = new FeatureId("condition");

  private ConditionFeature() {}

  /** The properties for {@code outcome}'s predictions in {@code slot}. */
  static JsonObject properties(
      final long slot, final OffloadOutcome outcome, final List<ConditionPrediction> predictions) {
    final ConditionPrediction latest = predictions.getLast();
    final ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("class", latest.condition().label());
    node.put("confidence", latest.confidence());
    node.put("model", outcome.assignment().modelId());
    node.put("cut", outcome.assignment().cut());
    node.put("ap", outcome.assignment().ap().toHex());
    node.put("slot", slot);
    node.put("windows", predictions.size());
    final ObjectNode latency = node.putObject("latencyMs");
    final LatencyParts parts = outcome.latency();
    latency.put("head", millis(parts.headNanos()));
    latency.put("transfer", millis(parts.transferNanos()));
    latency.put("tail", millis(parts.tailNanos()));
    latency.put("total", millis(parts.totalNanos()));
    return JsonObject.of(node);
  }

  private static double millis(final long nanos) {
    return Math.round(nanos / 1e3) / 1e3;
  }
}
