/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

/** An AP's compute (spec §2.5): f^max_k in Hz, shared by inference and mining, and φ_{A_k}. */
public record ApSpec(double maxFrequencyHz, double flopsPerCycle) {

  public ApSpec {
    Checks.positive("AP max frequency", maxFrequencyHz);
    Checks.positive("AP FLOPs per cycle", flopsPerCycle);
  }
}
