/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.channel;

/**
 * PL[dB] = intercept + slope·log10(d[km]); the spec §6.3 default 128.1 + 37.6·log10(d) is
 * assumption A-CTRL-PATHLOSS-3GPP.
 */
public record LogDistancePathLoss(double interceptDb, double slopeDb) implements PathLoss {

  /** 128.1 + 37.6·log10(d km), the 3GPP urban macro model the spec names. */
  public static final LogDistancePathLoss URBAN_MACRO = new LogDistancePathLoss(128.1, 37.6);

  @Override
  public double gain(final double distanceMeters) {
    final double lossDb = interceptDb + slopeDb * Math.log10(distanceMeters / 1000.0);
    return Math.pow(10, -lossDb / 10);
  }
}
