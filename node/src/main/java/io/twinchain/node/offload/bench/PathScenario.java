/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

/**
 * One model's offload-path experiment: D, the AP's share and the modelled link rate.
 *
 * @param modelId the zoo model
 * @param samples D, samples per inference
 * @param share AP inference share f^I/f^max
 * @param rate link rate, bit/s
 */
record PathScenario(String modelId, int samples, double share, double rate) {

  /**
   * The default for {@code modelId}: the IIoT classifier as the devnet runs it (8 windows, a
   * quarter of the AP, a 2 Mbit/s radio link); the deep reference models at D = 16, half the AP and
   * 50 Mbit/s, so transfer and compute are of the same order across cuts.
   */
  static PathScenario defaultFor(final String modelId) {
    return modelId.equals("vibration-cnn")
        ? new PathScenario(modelId, 8, 0.25, 2e6)
        : new PathScenario(modelId, 16, 0.5, 50e6);
  }
}
