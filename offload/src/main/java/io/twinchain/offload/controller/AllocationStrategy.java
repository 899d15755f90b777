/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

/** Builds a slot's {@link FrequencyAllocation} from its problem. */
public interface AllocationStrategy {

  /** The allocation for this slot's constants (V, Z, δ, …). */
  FrequencyAllocation forSlot(SlotProblem problem);

  /** Name in configs and reports. */
  String name();
}
