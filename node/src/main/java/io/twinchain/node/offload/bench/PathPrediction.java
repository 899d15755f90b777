/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.controller.ZooLayerTable;
import io.twinchain.offload.latency.ApSpec;
import io.twinchain.offload.latency.GatewaySpec;
import io.twinchain.offload.latency.InferenceAggregation;
import io.twinchain.offload.latency.LatencyModel;
import io.twinchain.offload.latency.SlotWorkload;
import io.twinchain.offload.latency.Topology;
import io.twinchain.offload.zoo.ZooModel;
import java.util.List;

/**
 * The spec §2 latency model's prediction for one gateway, one AP and one twin, from a zoo model's
 * recorded χ/ψ table and its calibrated φ·f (the same machine runs both sides, so φ_G·f_G =
 * φ_A·f^max = the calibration): τ^exe_G = D·Σχ_{1..l}/(φf), τ^com = D·ψ_l/r, τ^exe_A =
 * D·Σχ_{l+1..L}/(φ·s·f^max).
 */
final class PathPrediction {
  private final LatencyModel model;
  private final double flopsPerSecond;

  /** Parts of one prediction, in seconds. */
  record Parts(double head, double transfer, double tail) {
    double total() {
      return head + transfer + tail;
    }
  }

  PathPrediction(final ZooModel zooModel) {
    this.flopsPerSecond =
        zooModel.manifest().path("calibration").path("phiTimesFFlopsPerSecond").asDouble();
    if (!(flopsPerSecond > 0)) {
      throw new IllegalStateException("model " + zooModel.id() + " has no φ·f calibration");
    }
    this.model =
        new LatencyModel(
            new Topology(new int[] {0}, new int[] {0}, 1),
            List.of(ZooLayerTable.of(zooModel)),
            List.of(new GatewaySpec(flopsPerSecond, 1)),
            List.of(new ApSpec(flopsPerSecond, 1)),
            InferenceAggregation.SUM_OF_PIPELINES);
  }

  /** The prediction for D = {@code samples}, cut {@code cut}, share s and link rate r (bit/s). */
  Parts predict(final int samples, final int cut, final double share, final double rate) {
    final SlotWorkload slot =
        new SlotWorkload(model, new double[] {samples}, new double[] {rate}, new int[] {cut});
    return new Parts(
        slot.gatewayExecution(0),
        slot.transmission(0),
        model.apExecution(0, slot.apWork(0), share * flopsPerSecond));
  }

  /** φ·f used, FLOP/s. */
  double flopsPerSecond() {
    return flopsPerSecond;
  }
}
