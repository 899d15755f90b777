/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import io.twinchain.offload.runtime.OrtSettings;
import java.util.List;

/**
 * A model's profile on this machine: the χ/ψ table, the measured latency at every partition point
 * and of the whole model, the settings measured under, and the φ·f calibration.
 *
 * @param table χ_l and ψ_l per layer
 * @param cuts timing per partition point 0..L
 * @param fullSeconds the unsplit model, median
 * @param settings ONNX Runtime settings
 * @param warmup runs discarded before measuring each stage
 * @param iterations measured runs per stage
 * @param calibration φ·f fitted from {@code cuts}
 */
public record ModelProfile(
    LayerCosts table,
    List<CutTiming> cuts,
    double fullSeconds,
    OrtSettings settings,
    int warmup,
    int iterations,
    FlopsCalibration calibration) {

  /** Defensive copy. */
  public ModelProfile {
    cuts = List.copyOf(cuts);
  }
}
