/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import static java.util.Objects.requireNonNull;

/**
 * Why a command changed nothing.
 *
 * @param reason the typed reason
 * @param field the offending field (JSON pointer-like path or id name)
 * @param detail human-readable explanation with the values involved
 */
public record CommandRejection(Reason reason, String field, String detail) {

  /** The reasons a valid command can still be refused by the thing's current state. */
  public enum Reason {
    /** The command needs an existing thing. */
    THING_NOT_FOUND,
    /** {@code CreateThing} for a thing that exists. */
    THING_ALREADY_EXISTS,
    /** A patch without members would create an empty revision. */
    EMPTY_PATCH
  }

  /** Rejects missing parts. */
  public CommandRejection {
    requireNonNull(reason, "reason");
    requireNonNull(field, "field");
    requireNonNull(detail, "detail");
  }
}
