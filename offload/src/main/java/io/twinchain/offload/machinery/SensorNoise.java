/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.util.random.RandomGenerator;

/** White Gaussian noise: sensor electronics plus broadband process vibration. */
record SensorNoise(double sigmaG) implements VibrationComponent {

  @Override
  public void addTo(final float[] window, final ShaftMotion shaft, final RandomGenerator rng) {
    for (int i = 0; i < window.length; i++) {
      window[i] += (float) (sigmaG * rng.nextGaussian());
    }
  }
}
