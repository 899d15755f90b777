/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import io.twinchain.chain.storage.Column;
import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.KeyValueTransaction;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.ThingId;
import java.time.Instant;
import java.util.Optional;

/**
 * Drops history that fell out of the {@link RetentionPolicy}, in whole snapshot intervals, in the
 * same write batch as the snapshot that makes it unnecessary. Message ids go with their events.
 */
final class HistoryPruner {

  private static final long INTERVAL = KeyValueTwinStore.SNAPSHOT_INTERVAL;

  private final KeyValueStore storage;
  private final RetentionPolicy retention;

  HistoryPruner(final KeyValueStore storage, final RetentionPolicy retention) {
    this.storage = storage;
    this.retention = retention;
  }

  /** Called when a snapshot at {@code snapshotRevision} is written in {@code transaction}. */
  void onSnapshot(
      final ThingId thingId,
      final long snapshotRevision,
      final TwinWriteBatch batch,
      final KeyValueTransaction transaction) {
    final long newBase =
        Math.max(countBase(snapshotRevision), ageBase(thingId, snapshotRevision, batch));
    if (newBase < INTERVAL) {
      return;
    }
    // Consecutive events of one message share its id; keep the id while any of them is kept.
    final Optional<MessageId> firstKept =
        event(thingId, newBase + 1, batch).map(e -> e.metadata().messageId());
    for (long base = newBase;
        base >= INTERVAL && event(thingId, base, batch).isPresent();
        base -= INTERVAL) {
      pruneInterval(thingId, base, firstKept, batch, transaction);
    }
  }

  /** The newest snapshot base below which the revision count allows dropping everything. */
  private long countBase(final long snapshotRevision) {
    if (retention.keepRevisions() >= snapshotRevision) {
      return 0;
    }
    final long retained = snapshotRevision - retention.keepRevisions();
    return retained - retained % INTERVAL;
  }

  /** The newest snapshot base whose event is older than the age limit, measured at the snapshot. */
  private long ageBase(
      final ThingId thingId, final long snapshotRevision, final TwinWriteBatch batch) {
    if (retention.maxAge().isEmpty()) {
      return 0;
    }
    final Optional<Instant> now =
        event(thingId, snapshotRevision, batch).map(e -> e.metadata().timestamp());
    if (now.isEmpty()) {
      return 0;
    }
    final Instant cutoff = now.get().minus(retention.maxAge().get());
    for (long base = snapshotRevision - INTERVAL; base >= INTERVAL; base -= INTERVAL) {
      final Optional<TwinEvent> event = event(thingId, base, batch);
      if (event.isEmpty()) {
        return 0;
      }
      if (event.get().metadata().timestamp().isBefore(cutoff)) {
        return base;
      }
    }
    return 0;
  }

  /** Drops revisions {@code base - INTERVAL + 1 .. base} and the snapshot they started from. */
  private void pruneInterval(
      final ThingId thingId,
      final long base,
      final Optional<MessageId> firstKept,
      final TwinWriteBatch batch,
      final KeyValueTransaction transaction) {
    for (long revision = base - INTERVAL + 1; revision <= base; revision++) {
      event(thingId, revision, batch)
          .map(e -> e.metadata().messageId())
          .filter(id -> !firstKept.equals(Optional.of(id)))
          .ifPresent(
              id -> transaction.delete(Column.TWIN_MESSAGE_IDS, TwinKeys.message(thingId, id)));
      transaction.delete(Column.TWIN_EVENTS, TwinKeys.revision(thingId, revision));
    }
    if (base - INTERVAL > 0) {
      transaction.delete(Column.TWIN_SNAPSHOTS, TwinKeys.revision(thingId, base - INTERVAL));
    }
  }

  private Optional<TwinEvent> event(
      final ThingId thingId, final long revision, final TwinWriteBatch batch) {
    return batch
        .event(thingId, revision)
        .or(
            () ->
                storage
                    .get(Column.TWIN_EVENTS, TwinKeys.revision(thingId, revision))
                    .map(bytes -> EventJson.fromJson(KeyValueTwinStore.tree(bytes))));
  }
}
