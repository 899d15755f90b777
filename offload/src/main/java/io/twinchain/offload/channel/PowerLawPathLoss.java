/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.channel;

/**
 * g = β_0·d^{−α} (spec §2.4, the alternative to the log-distance model), assumption
 * A-CTRL-PATHLOSS-POWER.
 */
public record PowerLawPathLoss(double referenceGain, double exponent) implements PathLoss {

  @Override
  public double gain(final double distanceMeters) {
    return referenceGain * Math.pow(distanceMeters, -exponent);
  }
}
