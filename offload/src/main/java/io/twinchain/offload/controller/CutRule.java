/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import java.util.random.RandomGenerator;

/** How a static baseline cuts DT n's model with L_n layers (spec §6.4). */
public enum CutRule {
  /** l = L: the gateway runs everything. */
  GATEWAY_ONLY,
  /** l = 0: raw data offloading. */
  AP_ONLY,
  /** l = ⌊L/2⌋ (A-CTRL-FIXED-MID). */
  MIDDLE,
  /** l uniform on {0..L}, drawn from the policy's own stream. */
  RANDOM;

  /** The cut for a model with {@code layers} layers. */
  public int cut(final int layers, final RandomGenerator random) {
    return switch (this) {
      case GATEWAY_ONLY -> layers;
      case AP_ONLY -> 0;
      case MIDDLE -> layers / 2;
      case RANDOM -> random.nextInt(layers + 1);
    };
  }
}
