/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

/** An event that does not continue its thing's history; a store or caller invariant was broken. */
public final class EventOutOfOrderException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /**
   * @param metadata the offending event's metadata
   * @param expectedRevision the revision the thing was ready for
   */
  public EventOutOfOrderException(final EventMetadata metadata, final long expectedRevision) {
    super(
        "event "
            + metadata.thingId()
            + "@"
            + metadata.revision()
            + " does not follow; expected revision "
            + expectedRevision);
  }
}
