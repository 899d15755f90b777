/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import static java.util.Objects.requireNonNull;

/** The outcome of handling a command: one event to persist, or a rejection. */
public sealed interface CommandResult {

  /**
   * The command was accepted as {@code event}.
   *
   * @param event the event to persist and apply
   */
  record Accepted(TwinEvent event) implements CommandResult {
    /** Rejects a missing event. */
    public Accepted {
      requireNonNull(event, "event");
    }
  }

  /**
   * The command was refused.
   *
   * @param rejection why
   */
  record Rejected(CommandRejection rejection) implements CommandResult {
    /** Rejects a missing rejection. */
    public Rejected {
      requireNonNull(rejection, "rejection");
    }
  }
}
