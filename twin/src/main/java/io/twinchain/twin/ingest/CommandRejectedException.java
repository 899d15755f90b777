/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.events.CommandRejection;

/** An operator command (e.g. set desired properties) that the twin refused. */
public final class CommandRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CommandRejection rejection;

  /**
   * @param rejection why
   */
  public CommandRejectedException(final CommandRejection rejection) {
    super(rejection.reason() + " at '" + rejection.field() + "': " + rejection.detail());
    this.rejection = rejection;
  }

  /** Why the command was refused. */
  public CommandRejection rejection() {
    return rejection;
  }
}
