/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

/**
 * One stage's median timing.
 *
 * @param wallSeconds elapsed time, preemption by other processes included
 * @param cpuSeconds CPU time of the running thread
 */
public record StageTime(double wallSeconds, double cpuSeconds) {

  /** A stage that does not run (the head at l = 0, the tail at l = L). */
  public static final StageTime NONE = new StageTime(0, 0);
}
