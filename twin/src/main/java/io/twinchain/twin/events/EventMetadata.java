/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.ThingId;
import java.time.Instant;

/**
 * What every twin event carries: which thing, at which revision, when, and caused by which device
 * (or operator) message.
 *
 * @param thingId the changed thing
 * @param revision the thing's revision after the event
 * @param timestamp when the change was accepted
 * @param messageId the message that caused it, for de-duplication and audit
 */
public record EventMetadata(
    ThingId thingId, long revision, Instant timestamp, MessageId messageId) {

  /** Rejects missing parts; revision order is checked where events are applied. */
  public EventMetadata {
    requireNonNull(thingId, "thingId");
    requireNonNull(timestamp, "timestamp");
    requireNonNull(messageId, "messageId");
  }
}
