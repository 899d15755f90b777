/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

/**
 * A gateway's fixed compute (spec §2.3): f_{G_m} in Hz and φ_{G_m} in FLOPs per cycle. Neither is
 * optimised.
 */
public record GatewaySpec(double frequencyHz, double flopsPerCycle) {

  public GatewaySpec {
    Checks.positive("gateway frequency", frequencyHz);
    Checks.positive("gateway FLOPs per cycle", flopsPerCycle);
  }

  /** φ·f, FLOPs per second. */
  public double flopsPerSecond() {
    return frequencyHz * flopsPerCycle;
  }
}
