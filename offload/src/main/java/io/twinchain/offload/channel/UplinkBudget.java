/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.channel;

import io.twinchain.offload.latency.Checks;

/**
 * A gateway's fixed uplink to its AP (spec §2.4): bandwidth B_m, transmit power P_m and distance
 * d_{m,k}. Bandwidth and power are inputs, not decisions.
 */
public record UplinkBudget(double bandwidthHz, double transmitPowerWatts, double distanceMeters) {

  public UplinkBudget {
    Checks.positive("bandwidth", bandwidthHz);
    Checks.positive("transmit power", transmitPowerWatts);
    Checks.positive("distance", distanceMeters);
  }
}
