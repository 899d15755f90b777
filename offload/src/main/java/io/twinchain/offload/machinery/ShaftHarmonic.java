/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.util.random.RandomGenerator;

/**
 * A sinusoid locked to the shaft at an integer order (1x, 2x, 3x), with a random phase. Imbalance
 * excites 1x; misalignment excites 2x and 3x (the coupling forces the shaft twice and three times
 * per revolution).
 */
record ShaftHarmonic(int order, double amplitudeG) implements VibrationComponent {

  @Override
  public void addTo(final float[] window, final ShaftMotion shaft, final RandomGenerator rng) {
    final double phase = rng.nextDouble(0, 2 * Math.PI);
    for (int i = 0; i < window.length; i++) {
      window[i] += (float) (amplitudeG * Math.sin(order * shaft.angle(i) + phase));
    }
  }
}
