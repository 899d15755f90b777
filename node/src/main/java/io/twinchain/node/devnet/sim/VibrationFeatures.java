/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.sim;

/**
 * The condition indicators a vibration monitor reports per window, which the simulator publishes as
 * telemetry next to the raw window: RMS, peak, crest factor (peak / RMS; impacts raise it) and
 * kurtosis (4th standardised moment; about 3 for a healthy machine, higher with bearing impacts).
 *
 * @param rmsG root mean square acceleration in g
 * @param peakG largest absolute sample in g
 * @param crestFactor peak over RMS
 * @param kurtosis fourth standardised moment
 */
public record VibrationFeatures(double rmsG, double peakG, double crestFactor, double kurtosis) {

  /** The indicators of one window. */
  public static VibrationFeatures of(final float[] window) {
    double mean = 0;
    for (final float sample : window) {
      mean += sample;
    }
    mean /= window.length;
    double squares = 0;
    double fourth = 0;
    double peak = 0;
    double meanSquare = 0;
    for (final float sample : window) {
      final double centred = sample - mean;
      squares += centred * centred;
      fourth += centred * centred * centred * centred;
      meanSquare += (double) sample * sample;
      peak = Math.max(peak, Math.abs(sample));
    }
    final double variance = squares / window.length;
    final double rms = Math.sqrt(meanSquare / window.length);
    return new VibrationFeatures(
        rms,
        peak,
        rms == 0 ? 0 : peak / rms,
        variance == 0 ? 0 : fourth / window.length / (variance * variance));
  }
}
