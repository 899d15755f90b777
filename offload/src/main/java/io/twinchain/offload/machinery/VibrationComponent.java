/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.util.random.RandomGenerator;

/** One physical source of vibration, added onto an acceleration window (unit: g). */
interface VibrationComponent {

  /** Adds this component's acceleration to {@code window}, sample by sample. */
  void addTo(float[] window, ShaftMotion shaft, RandomGenerator rng);
}
