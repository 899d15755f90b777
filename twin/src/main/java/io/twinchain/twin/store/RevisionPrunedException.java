/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import io.twinchain.twin.model.ThingId;

/** A read asked for history that the retention policy has already removed. */
public final class RevisionPrunedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param thingId the thing
   * @param revision the revision asked for
   */
  public RevisionPrunedException(final ThingId thingId, final long revision) {
    super("revision " + revision + " of " + thingId + " is older than the retained history");
  }
}
