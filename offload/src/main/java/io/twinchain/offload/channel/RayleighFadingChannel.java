/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.channel;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Shannon rate under Rayleigh block fading (spec §2.4, assumption A-CTRL-CHANNEL-RAYLEIGH): r_m =
 * B_m log2(1 + P_m g_m |h|² / (N_0 B_m)), |h|² ~ Exp(1) i.i.d. per slot, constant within it.
 */
public final class RayleighFadingChannel implements ChannelModel {

  /** −174 dBm/Hz in W/Hz. */
  public static final double THERMAL_NOISE_WATTS_PER_HZ = dbmToWatts(-174);

  /** Floor on |h|² so that a deep fade gives a slow link, never a zero rate. */
  private static final double MIN_FADING_POWER = 1e-9;

  private final List<UplinkBudget> links;
  private final double[] meanGain;
  private final double noiseWattsPerHz;

  public RayleighFadingChannel(
      final List<UplinkBudget> links, final PathLoss pathLoss, final double noiseWattsPerHz) {
    this.links = List.copyOf(links);
    this.noiseWattsPerHz = noiseWattsPerHz;
    this.meanGain = new double[links.size()];
    for (int m = 0; m < meanGain.length; m++) {
      meanGain[m] = pathLoss.gain(links.get(m).distanceMeters());
    }
  }

  /** dBm to watts. */
  public static double dbmToWatts(final double dbm) {
    return Math.pow(10, (dbm - 30) / 10);
  }

  /** B log2(1 + P g / (N_0 B)) for a given channel power gain g. */
  public static double shannonRate(
      final UplinkBudget link, final double gain, final double noiseWattsPerHz) {
    final double snr = link.transmitPowerWatts() * gain / (noiseWattsPerHz * link.bandwidthHz());
    return link.bandwidthHz() * Math.log1p(snr) / Math.log(2);
  }

  /** The rate with |h|² = 1, i.e. the path-loss-only rate. */
  public double meanChannelRate(final int gateway) {
    return shannonRate(links.get(gateway), meanGain[gateway], noiseWattsPerHz);
  }

  @Override
  public int gatewayCount() {
    return links.size();
  }

  @Override
  public double[] rates(final RandomGenerator random) {
    final double[] rates = new double[links.size()];
    for (int m = 0; m < rates.length; m++) {
      final double fading = Math.max(MIN_FADING_POWER, -Math.log(1 - random.nextDouble()));
      rates[m] = shannonRate(links.get(m), meanGain[m] * fading, noiseWattsPerHz);
    }
    return rates;
  }
}
