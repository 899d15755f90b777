/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The event-sourced twin store: current state, full history within the retention window, and reads
 * at a revision or a timestamp. Writes go through {@link #commit} in durable batches.
 */
public interface TwinStore {

  /** The current state of a thing. */
  Optional<Thing> get(ThingId thingId);

  /**
   * The state of a thing right after {@code revision}; empty if the thing or the revision does not
   * exist yet.
   *
   * @throws RevisionPrunedException if the retention policy has dropped that revision
   */
  Optional<Thing> getAtRevision(ThingId thingId, long revision);

  /**
   * The state of a thing as it was at {@code timestamp}: after its latest event no later than that;
   * empty if the thing did not exist then.
   *
   * @throws RevisionPrunedException if the retention policy has dropped that state
   */
  Optional<Thing> getAtTimestamp(ThingId thingId, Instant timestamp);

  /** Current things whose id starts with {@code thingIdPrefix} (e.g. a namespace and a colon). */
  List<Thing> list(String thingIdPrefix);

  /**
   * The events with revisions in {@code [fromRevision, toRevision]} that are still retained, in
   * order.
   */
  List<TwinEvent> history(ThingId thingId, long fromRevision, long toRevision);

  /** The revision produced by {@code messageId} for this thing, if it was already applied. */
  Optional<Long> revisionOf(ThingId thingId, MessageId messageId);

  /**
   * Writes every event of {@code batch} and the resulting states atomically and durably (one synced
   * write batch); returns once they survive a crash.
   */
  void commit(TwinWriteBatch batch);
}
