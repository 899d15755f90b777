/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What this node knows of the controller: the decisions it accepted (the latest {@value #HISTORY}
 * slots) and whether the current slot has one. Without a decision for the current slot the node
 * keeps applying the last one and reports "stale decision since slot N", N being the first slot
 * without a decision.
 */
public final class ControllerStatus {

  /** Decisions kept for {@code ctrl_getDecision}. */
  public static final int HISTORY = 10_000;

  private final TreeMap<Long, SignedDecision> decisions = new TreeMap<>();
  private OptionalLong staleSince = OptionalLong.empty();
  private long currentSlot = -1;

  /** Keeps an accepted decision; it makes the status fresh if it is for the current slot. */
  public synchronized void accepted(final SignedDecision signed) {
    decisions.put(signed.decision().slot(), signed);
    while (decisions.size() > HISTORY) {
      decisions.pollFirstEntry();
    }
    if (signed.decision().slot() >= currentSlot) {
      staleSince = OptionalLong.empty();
    }
  }

  /** Marks the status stale when slot {@code slot} has no decision by now. */
  public synchronized void checkSlot(final long slot) {
    currentSlot = Math.max(currentSlot, slot);
    if (staleSince.isEmpty() && !decisions.containsKey(slot)) {
      staleSince = OptionalLong.of(latest().map(d -> d.decision().slot() + 1).orElse(0L));
    }
  }

  /** The newest decision accepted. */
  public synchronized Optional<SignedDecision> latest() {
    return Optional.ofNullable(decisions.lastEntry()).map(Map.Entry::getValue);
  }

  /** The decision accepted for {@code slot}. */
  public synchronized Optional<SignedDecision> decision(final long slot) {
    return Optional.ofNullable(decisions.get(slot));
  }

  /** The decision in force in {@code slot}: its own, else the newest before it. */
  public synchronized Optional<SignedDecision> inForce(final long slot) {
    return Optional.ofNullable(decisions.floorEntry(slot)).map(Map.Entry::getValue);
  }

  /** The first slot without a decision, while the node runs on an old one. */
  public synchronized OptionalLong staleSince() {
    return staleSince;
  }

  /** "fresh", or "stale decision since slot N". */
  public synchronized String describe() {
    return staleSince.isPresent()
        ? "stale decision since slot " + staleSince.getAsLong()
        : latest().isPresent() ? "fresh" : "no decision yet";
  }
}
