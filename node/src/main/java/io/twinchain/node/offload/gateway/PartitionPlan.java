/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.twin.model.ThingId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's current partition decision: per twin, the model, the cut l_n(t) and the AP, with a
 * default for twins the controller has not decided yet (a configured fixed cut). The controller's
 * slot loop sets it; the offload loop reads it at the start of each twin's inference. Thread-safe.
 */
public final class PartitionPlan {
  private final Map<ThingId, Assignment> assignments = new ConcurrentHashMap<>();
  private volatile Optional<Assignment> fallback;

  /** A plan that assigns {@code fallback} to every twin until told otherwise. */
  public PartitionPlan(final Optional<Assignment> fallback) {
    this.fallback = fallback;
  }

  /** Sets the assignment of {@code thingId} from its next inference on. */
  public void assign(final ThingId thingId, final Assignment assignment) {
    assignments.put(thingId, assignment);
  }

  /**
   * Sets only the cut of {@code thingId}, keeping its model and AP (or the default's): the
   * controller's per-slot decision. Does nothing if the twin has neither an assignment nor a
   * default.
   */
  public void setCut(final ThingId thingId, final int cut) {
    assignment(thingId)
        .ifPresent(
            current -> assign(thingId, new Assignment(current.modelId(), cut, current.ap())));
  }

  /** Sets the default for twins without their own assignment. */
  public void assignDefault(final Assignment assignment) {
    fallback = Optional.of(assignment);
  }

  /** The assignment of {@code thingId}; empty if neither it nor a default is set. */
  public Optional<Assignment> assignment(final ThingId thingId) {
    return Optional.ofNullable(assignments.get(thingId)).or(() -> fallback);
  }
}
