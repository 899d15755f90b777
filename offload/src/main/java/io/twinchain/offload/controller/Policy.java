/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

/**
 * A per-slot decision rule: DPRA or one of the spec §6.4 baselines. The node's controller role
 * calls {@link #decide} once per slot with the reported workloads and link rates and the current
 * queue state.
 */
public interface Policy {

  /** The decision for slot t. */
  Decision decide(SlotObservation observation, QueueState state);

  /** Name in configs and reports. */
  String name();
}
