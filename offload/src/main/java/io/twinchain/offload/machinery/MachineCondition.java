/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

/**
 * Machine condition classes, in the order of the classifier's output logits. The label of a
 * condition is its ordinal; {@link #label()} names it for manifests and twins.
 */
public enum MachineCondition {
  /** Residual imbalance and alignment within tolerance, bearings intact. */
  HEALTHY("healthy"),
  /** Mass imbalance of the rotor: a strong 1x component that grows with the square of speed. */
  IMBALANCE("imbalance"),
  /** Shaft misalignment at the coupling: strong 2x and 3x harmonics. */
  MISALIGNMENT("misalignment"),
  /** Spall on the bearing's outer race: impacts at BPFO exciting a structural resonance. */
  OUTER_RACE_FAULT("outer_race_fault"),
  /** Spall on the inner race: impacts at BPFI, amplitude-modulated at 1x by the load zone. */
  INNER_RACE_FAULT("inner_race_fault");

  private final String label;

  MachineCondition(final String label) {
    this.label = label;
  }

  /** The class name used in manifests and twin features. */
  public String label() {
    return label;
  }
}
