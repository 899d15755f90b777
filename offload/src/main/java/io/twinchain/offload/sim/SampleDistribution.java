/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import java.util.random.RandomGenerator;

/**
 * D_n(t) ~ U{min..max} samples, i.i.d. over DTs and slots (spec §6.3, A-CTRL-DATA-UNIFORM).
 *
 * @param min smallest sample count, ≥ 0
 * @param max largest sample count, ≥ min
 */
public record SampleDistribution(int min, int max) {

  public SampleDistribution {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ".." + max);
    }
  }

  /** One slot's D_n(t) for {@code twins} DTs. */
  public double[] draw(final int twins, final RandomGenerator random) {
    final double[] samples = new double[twins];
    for (int n = 0; n < twins; n++) {
      samples[n] = min + random.nextInt(max - min + 1);
    }
    return samples;
  }
}
