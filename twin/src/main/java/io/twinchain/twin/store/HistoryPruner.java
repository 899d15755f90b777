/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import io.twinchain.chain.storage.Column;
import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.KeyValueTransaction;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.ThingId;
import java.util.Optional;

/**
 * Drops history that fell out of the {@link RetentionPolicy}, one snapshot interval at a time, in
 * the same write batch as the snapshot that makes it unnecessary. Message ids go with their events.
 */
final class HistoryPruner {

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
    final long interval = KeyValueTwinStore.SNAPSHOT_INTERVAL;
    if (retention.keepRevisions() >= snapshotRevision) {
      return;
    }
    final long retained = snapshotRevision - retention.keepRevisions();
    final long newBase = retained - retained % interval;
    if (newBase < interval) {
      return;
    }
    // Consecutive events of one message share its id; keep the id while any of them is kept.
    final Optional<MessageId> firstKept =
        event(thingId, newBase + 1, batch).map(e -> e.metadata().messageId());
    for (long revision = newBase - interval + 1; revision <= newBase; revision++) {
      event(thingId, revision, batch)
          .map(e -> e.metadata().messageId())
          .filter(id -> !firstKept.equals(Optional.of(id)))
          .ifPresent(
              id -> transaction.delete(Column.TWIN_MESSAGE_IDS, TwinKeys.message(thingId, id)));
      transaction.delete(Column.TWIN_EVENTS, TwinKeys.revision(thingId, revision));
    }
    if (newBase - interval > 0) {
      transaction.delete(Column.TWIN_SNAPSHOTS, TwinKeys.revision(thingId, newBase - interval));
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
