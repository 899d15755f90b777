/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

/**
 * The condition of a machine and how far the fault has progressed.
 *
 * @param condition the condition class
 * @param severity fault severity in [0, 1]; ignored for {@link MachineCondition#HEALTHY}
 */
public record MachineState(MachineCondition condition, double severity) {

  /** A healthy machine. */
  public static final MachineState HEALTHY = new MachineState(MachineCondition.HEALTHY, 0);

  /** Validates the severity range. */
  public MachineState {
    if (!(severity >= 0 && severity <= 1)) {
      throw new IllegalArgumentException("severity must be in [0, 1], was " + severity);
    }
  }
}
