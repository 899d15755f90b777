/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

/**
 * The machine being monitored and its accelerometer.
 *
 * @param sampleRateHz accelerometer sample rate
 * @param windowSamples samples per window (one classifier input)
 * @param minShaftHz lowest running speed (shaft rotation frequency, 1x)
 * @param maxShaftHz highest running speed
 * @param bearing geometry of the monitored bearing
 * @param resonanceHz structural resonance excited by bearing impacts
 */
public record MachineProfile(
    double sampleRateHz,
    int windowSamples,
    double minShaftHz,
    double maxShaftHz,
    BearingGeometry bearing,
    double resonanceHz) {

  /**
   * The profile the zoo's classifier was trained for: a 4-pole motor driving a pump at 1500–2100
   * rpm, sampled at 8192 Hz in windows of 1024 samples (125 ms, 3–4 revolutions).
   */
  public static final MachineProfile PUMP_MOTOR =
      new MachineProfile(8192, 1024, 25, 35, BearingGeometry.SKF_6205, 2500);

  /** Duration of one window in seconds. */
  public double windowSeconds() {
    return windowSamples / sampleRateHz;
  }
}
