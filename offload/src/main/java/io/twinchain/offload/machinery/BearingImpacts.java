/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.util.random.RandomGenerator;

/**
 * Impacts of rolling elements passing a spall. Each impact rings the housing's structural resonance
 * as an exponentially decaying sinusoid. Impacts repeat at the race's ball-pass order of the shaft
 * speed, with about 1% random slip between impacts (the balls slide as well as roll). An inner-race
 * spall turns with the shaft through the load zone, so its impact amplitude is modulated at 1x; an
 * outer-race spall is fixed in the load zone ({@code modulationDepth} 0).
 *
 * @param order impacts per shaft revolution (BPFO or BPFI over 1x)
 * @param amplitudeG peak acceleration of one impact
 * @param modulationDepth depth of the 1x amplitude modulation in [0, 1]
 * @param resonanceHz the excited structural resonance
 */
record BearingImpacts(double order, double amplitudeG, double modulationDepth, double resonanceHz)
    implements VibrationComponent {
  private static final double DECAY_SECONDS = 0.001;
  private static final double SLIP = 0.01;
  private static final double RING_DECAYS = 6;

  @Override
  public void addTo(final float[] window, final ShaftMotion shaft, final RandomGenerator rng) {
    final double rate = shaft.sampleRateHz();
    final double period = 1.0 / (order * shaft.meanShaftHz());
    final double ring = rng.nextDouble(0.95, 1.05) * resonanceHz;
    final int ringSamples = (int) (RING_DECAYS * DECAY_SECONDS * rate);
    double t = -rng.nextDouble(0, period);
    while (t * rate < window.length) {
      final int start = (int) Math.ceil(t * rate);
      final int anchor = Math.clamp(start, 0, window.length - 1);
      final double load = 1 + modulationDepth * Math.cos(shaft.angle(anchor));
      final double peak = amplitudeG * load * rng.nextDouble(0.9, 1.1);
      ringFrom(window, start, t, peak, ring, ringSamples, rate);
      t += period * (1 + SLIP * rng.nextGaussian());
    }
  }

  private static void ringFrom(
      final float[] window,
      final int start,
      final double impactTime,
      final double peak,
      final double ring,
      final int ringSamples,
      final double rate) {
    for (int i = Math.max(start, 0); i < Math.min(start + ringSamples, window.length); i++) {
      final double age = i / rate - impactTime;
      window[i] +=
          (float) (peak * Math.exp(-age / DECAY_SECONDS) * Math.sin(2 * Math.PI * ring * age));
    }
  }
}
