/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.offload.latency.ApSpec;
import io.twinchain.offload.latency.GatewaySpec;
import io.twinchain.offload.latency.InferenceAggregation;
import io.twinchain.offload.latency.LatencyModel;
import io.twinchain.offload.latency.SlotWorkload;
import io.twinchain.offload.latency.Topology;
import io.twinchain.offload.profile.BatchCalibration;
import java.util.List;

/**
 * The latency model's prediction for one gateway, one AP and one twin (the same {@link
 * LatencyModel} and {@link SlotWorkload} the controller decides with), from a model's {@link
 * BatchCalibration} and the measured request cost τ^req: τ^exe_G = D·Σχ_{1..l}/(φ_G f_G), τ^com =
 * D·ψ_l/r + τ^req, τ^exe_A = D·Σχ_{l+1..L}/(φ_A·s·f^max).
 */
final class PathPrediction {
  private final LatencyModel model;
  private final BatchCalibration calibration;

  /** Parts of one prediction, in seconds. */
  record Parts(double head, double transfer, double tail) {
    double total() {
      return head + transfer + tail;
    }
  }

  PathPrediction(final BatchCalibration calibration, final double requestSeconds) {
    this.calibration = calibration;
    this.model =
        new LatencyModel(
            new Topology(new int[] {0}, new int[] {0}, 1),
            List.of(calibration.table()),
            List.of(new GatewaySpec(calibration.gatewayFlopsPerSecond(), 1, requestSeconds)),
            List.of(new ApSpec(calibration.apFlopsPerSecond(), 1)),
            InferenceAggregation.SUM_OF_PIPELINES);
  }

  /** The prediction for the calibration's D, cut {@code cut}, share s and link rate r (bit/s). */
  Parts predict(final int cut, final double share, final double rate) {
    final SlotWorkload slot =
        new SlotWorkload(
            model, new double[] {calibration.samples()}, new double[] {rate}, new int[] {cut});
    return new Parts(
        slot.gatewayExecution(0),
        slot.transmission(0),
        model.apExecution(0, slot.apWork(0), share * calibration.apFlopsPerSecond()));
  }

  /** The model's τ^req, seconds. */
  double requestSeconds() {
    return model.gateway(0).requestSeconds();
  }
}
