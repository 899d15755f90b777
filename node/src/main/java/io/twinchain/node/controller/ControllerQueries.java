/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.offload.controller.QueueState;
import java.util.Optional;

/** What {@code ctrl_*} reads: this node's controller role, the slot, decisions and queues. */
public interface ControllerQueries {

  /** "controller", "gateway", "ap", "follower", or "disabled" when the loop is not configured. */
  String role();

  /** The slot now, by the shared clock. */
  long currentSlot();

  /** Decisions this node accepted and its staleness. */
  ControllerStatus status();

  /** Z_k and R_k for the next slot; present on the controller node only. */
  Optional<QueueState> controllerState();

  /** A node without the closed loop: no decisions, slot 0. */
  ControllerQueries DISABLED =
      new ControllerQueries() {
        private final ControllerStatus none = new ControllerStatus();

        @Override
        public String role() {
          return "disabled";
        }

        @Override
        public long currentSlot() {
          return 0;
        }

        @Override
        public ControllerStatus status() {
          return none;
        }

        @Override
        public Optional<QueueState> controllerState() {
          return Optional.empty();
        }
      };
}
