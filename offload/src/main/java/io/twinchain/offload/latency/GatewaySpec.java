/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

/**
 * A gateway's fixed compute (spec §2.3): f_{G_m} in Hz and φ_{G_m} in FLOPs per cycle, neither
 * optimised; and the fixed cost of one offload request on its path to the AP.
 *
 * @param frequencyHz f_{G_m}
 * @param flopsPerCycle φ_{G_m}
 * @param requestSeconds τ^req: what one DT's offload request costs besides D·ψ/r (the request and
 *     its answer crossing the node stack, the AP's decode), measured on the path (assumption
 *     A-OFFLOAD-REQUEST-COST); 0 is the spec's τ^com exactly
 */
public record GatewaySpec(double frequencyHz, double flopsPerCycle, double requestSeconds) {

  public GatewaySpec {
    Checks.positive("gateway frequency", frequencyHz);
    Checks.positive("gateway FLOPs per cycle", flopsPerCycle);
    Checks.nonNegative("gateway request cost", requestSeconds);
  }

  /** A gateway whose requests cost only D·ψ/r, as in the spec. */
  public GatewaySpec(final double frequencyHz, final double flopsPerCycle) {
    this(frequencyHz, flopsPerCycle, 0);
  }

  /** φ·f, FLOPs per second. */
  public double flopsPerSecond() {
    return frequencyHz * flopsPerCycle;
  }
}
