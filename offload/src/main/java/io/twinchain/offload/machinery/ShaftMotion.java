/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.util.random.RandomGenerator;

/**
 * Shaft rotation during one window. Running speed is drawn per window within the machine's range,
 * and fluctuates slowly inside the window (load and supply variation), so harmonics and fault
 * frequencies are smeared as they are on a real machine. The angle is integrated from the speed, so
 * every component stays phase-locked to the shaft.
 */
public final class ShaftMotion {
  private static final double MAX_FLUCTUATION = 0.01;
  private static final double FLUCTUATION_HZ = 3.0;

  private final double meanShaftHz;
  private final double[] angleRad;
  private final double sampleRateHz;

  private ShaftMotion(final double meanShaftHz, final double[] angleRad, final double rate) {
    this.meanShaftHz = meanShaftHz;
    this.angleRad = angleRad;
    this.sampleRateHz = rate;
  }

  /** Draws a running speed and its fluctuation for one window. */
  public static ShaftMotion draw(final MachineProfile profile, final RandomGenerator rng) {
    final double mean = rng.nextDouble(profile.minShaftHz(), profile.maxShaftHz());
    final double depth = rng.nextDouble(0, MAX_FLUCTUATION);
    final double phase = rng.nextDouble(0, 2 * Math.PI);
    final double dt = 1.0 / profile.sampleRateHz();
    final double[] angle = new double[profile.windowSamples()];
    double theta = rng.nextDouble(0, 2 * Math.PI);
    for (int i = 0; i < angle.length; i++) {
      angle[i] = theta;
      final double speed =
          mean * (1 + depth * Math.sin(2 * Math.PI * FLUCTUATION_HZ * i * dt + phase));
      theta += 2 * Math.PI * speed * dt;
    }
    return new ShaftMotion(mean, angle, profile.sampleRateHz());
  }

  /** Mean shaft rotation frequency (1x) of the window in Hz. */
  public double meanShaftHz() {
    return meanShaftHz;
  }

  /** Shaft angle in radians at sample {@code i}. */
  public double angle(final int i) {
    return angleRad[i];
  }

  /** Number of samples in the window. */
  public int samples() {
    return angleRad.length;
  }

  /** Sample rate in Hz. */
  public double sampleRateHz() {
    return sampleRateHz;
  }
}
