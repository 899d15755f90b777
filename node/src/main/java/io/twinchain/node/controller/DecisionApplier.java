/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

/** Puts this node's part of a verified slot decision into effect. */
@FunctionalInterface
public interface DecisionApplier {

  /** Applies {@code decision}; called once per accepted decision, in slot order. */
  void apply(SlotDecision decision);
}
